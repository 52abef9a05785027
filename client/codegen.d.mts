/** Path of the generated client types (src/gql/graphql.ts). */
export declare const OUTPUT: string;
/** The content of src/gql/graphql.ts for the schema and documents on disk. */
export declare function generateClientTypes(): Promise<string>;
