// Case-type codes (类型代字) of case numbers, shared by main's parser and the renderer's case-number
// entry. The official table was not retrieved (docs/RULES.md §5, ✘): 民初/民终/民申/民再/执 appear in real
// numbers; the rest come from practice; 知 is the specialised intellectual-property trial character.
// Ordered by how often a litigant at a basic court holds one, so the entry can offer the first few.
export const KNOWN_CASE_TYPES: readonly string[] = [
  '民初',
  '执',
  '民终',
  '执保',
  '财保',
  '民特',
  '诉前调书',
  '诉前调确',
  '民申',
  '民再',
  '民督',
  '民催',
  '执恢',
  '执异',
  '知民初',
  '知民终',
  '行初',
  '行终',
  '刑初',
  '刑终',
];
