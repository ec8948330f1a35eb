// Modules the build generates (generate/vite-plugin.ts) rather than files in the source tree.
declare module 'virtual:kiosk/divisions' {
  /** The same shape as divisions.ts's Division, which an ambient module cannot import. */
  interface GeneratedDivision {
    code: string;
    name: string;
    children: GeneratedDivision[];
  }
  const divisions: GeneratedDivision[];
  export default divisions;
}

declare module 'virtual:kiosk/ime-dictionary' {
  /** generate/dictionary.ts's ImeData: the pinyin dictionary text and each field's word frequencies. */
  const data: { dictionary: string; fieldWords: Record<'name' | 'givenName' | 'address' | 'text' | 'bank' | 'organisation', Record<string, number>> };
  export default data;
}

declare module 'virtual:kiosk/handwriting' {
  /** The reference strokes in the table format of generate/strokes.ts. */
  const table: string;
  export default table;
}
