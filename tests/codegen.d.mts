export declare const OUTPUT_DIR: string;
/** The generated files (name in tests/gql/ → content) for the schema and documents on disk. */
export declare function generateTestTypes(): Promise<Record<string, string>>;
