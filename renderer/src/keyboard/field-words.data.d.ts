export declare const FIELD_CONTENTS: readonly ["name", "address", "text", "bank", "organisation"];
/** What a field holds, which decides whose words rank first. */
export type FieldContent = (typeof FIELD_CONTENTS)[number];
export declare const isFieldContent: (value: string | undefined) => value is FieldContent;
/** Hand-listed words per field; the build adds the court's own and the divisions' (generate/court-words.ts). */
export declare const FIELD_WORDS: Record<FieldContent, readonly string[]>;
