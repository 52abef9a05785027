// html-to-text (a dependency of mailparser) ships no types: the part Tandem uses.
declare module 'html-to-text' {
  export interface HtmlToTextOptions {
    wordwrap?: number | false | null;
    limits?: { maxInputLength?: number; maxDepth?: number; maxChildNodes?: number };
    selectors?: { selector: string; format?: string; options?: Record<string, unknown> }[];
  }
  export function htmlToText(html: string, options?: HtmlToTextOptions): string;
}
