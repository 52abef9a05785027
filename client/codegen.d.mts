/** Folder of the generated client types and documents (src/gql). */
export declare const OUTPUT_DIR: string;
/** The generated files (path in src/gql/ → content) for the schema and documents on disk. */
export declare function generateClientTypes(): Promise<Record<string, string>>;
