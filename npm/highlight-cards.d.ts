/**
 * highlight-cards: numbered highlight cards for news articles.
 *
 * Loading the module mounts every `<highlight-cards>` and
 * `[data-highlight-cards]` element on the page, now and later; this API is
 * for pages that add widgets themselves (single-page apps, live blogs).
 */

/** A photo's credit: who took it or where it comes from. */
export interface Credit {
  kind: 'photo' | 'source';
  names: string[];
  agency?: string;
}

/** A card's photo. */
export interface Photo {
  src: string;
  srcset?: string;
  sizes?: string;
  width?: number;
  height?: number;
  alt?: string;
  /** The caption; a credit at its end ("(Ảnh: Nguyễn Hồng)") is read as the credit. */
  caption?: string;
  /** A credit given apart: "Ảnh: Nguyễn Hồng", or its parts. */
  credit?: string | Credit;
}

/** One numbered card. */
export interface Card {
  number?: number;
  section?: string;
  kicker?: string;
  headline: string;
  photo?: Photo;
  /** Paragraphs; `**strong**`, `*emphasis*` and `[links](https://…)` are kept. */
  body?: string[];
}

/** A related story ("Đọc thêm"). */
export interface ReadMore {
  title: string;
  summary?: string;
  url?: string;
}

/** The data of one widget (the JSON Schema is schema/highlight-cards.schema.json). */
export interface Collection {
  id: string;
  language?: string;
  title: string;
  kicker?: string;
  section?: string;
  dateline?: string;
  published?: string;
  intro?: string;
  attribution?: string;
  source?: { name: string; url?: string };
  byline?: string;
  cards: Card[];
  readMore?: ReadMore[];
}

/** `highlight-cards:ready`: the widget rendered every card it could. */
export interface ReadyDetail {
  id: string;
  cards: number;
  /** What the widget tolerated (a faulty part left out), one message each. */
  warnings: string[];
}

/** `highlight-cards:error`: nothing could be shown; the host keeps its own content. */
export interface ErrorDetail {
  message: string;
  errors: string[];
}

/** `highlight-cards:cardview`: a card was at least half visible for the first time. */
export interface CardViewDetail {
  id: string;
  number: number;
  cardId: string;
  headline: string;
}

/** The package's version. */
export const version: string;
/** Resolves once the wasm runs (and has mounted the hosts present at start). */
export const ready: Promise<void>;
/**
 * The widget's own words, some or all, by name (as Splide's `i18n` option):
 * `{n}` and `{total}` are filled in. The same object works as the host's
 * `i18n` attribute (JSON) or a `<script type="application/hc-words+json">`
 * child.
 */
export interface Words {
  read_more?: string;
  photo?: string;
  source?: string;
  error_title?: string;
  error_hint?: string;
  load_title?: string;
  load_hint?: string;
  stopped_title?: string;
  stopped_hint?: string;
  cards_label?: string;
  carousel?: string;
  slide?: string;
  position?: string;
  previous_card?: string;
  next_card?: string;
  card_index?: string;
  go_to_card?: string;
  share?: string;
  share_card?: string;
  link_copied?: string;
  link_not_copied?: string;
  enlarge_photo?: string;
  photo_failed?: string;
  photo_viewer?: string;
  close?: string;
  previous_photo?: string;
  next_photo?: string;
  zoom_hint?: string;
}
/** How to mount: `i18n` overrides the widget's words. */
export interface MountOptions {
  i18n?: Words;
}
/**
 * Mounts the widget on `element`: with `data` (a collection, or its JSON
 * text), else the element's own source (`src`, inline JSON, or plain-HTML
 * cards). Resolves when every card is in; rejects with the error messages
 * (the widget shows them too).
 */
export function mount(element: Element, data?: Collection | string, options?: MountOptions): Promise<void>;
/** Unmounts from `element`; resolves to whether anything was mounted there. */
export function unmount(element: Element): Promise<boolean>;
/** How many widgets are mounted on the page. */
export function count(): Promise<number>;

declare const HighlightCards: {
  readonly version: string;
  readonly ready: Promise<void>;
  mount: typeof mount;
  unmount: typeof unmount;
  count: typeof count;
};
export default HighlightCards;

declare global {
  interface Window {
    HighlightCards: typeof HighlightCards;
  }
  interface HTMLElementEventMap {
    'highlight-cards:ready': CustomEvent<ReadyDetail>;
    'highlight-cards:error': CustomEvent<ErrorDetail>;
    'highlight-cards:cardview': CustomEvent<CardViewDetail>;
  }
  interface HTMLElementTagNameMap {
    'highlight-cards': HTMLElement;
  }
}
