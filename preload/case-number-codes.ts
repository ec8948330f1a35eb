// Case-type codes seen in real case numbers. The official table was not retrieved (RULES §5, ✘):
// 民初/民终/民申/民再/执 appear in real numbers; the rest come from practice; 知 is the specialised
// intellectual-property trial character.
export const KNOWN_CASE_TYPES: readonly string[] = [
  '民初', '民终', '民申', '民再', '民特', '民督', '民催', '执', '执恢', '执保', '执异', '财保', '诉前调书', '诉前调确',
  '知民初', '知民终', '行初', '行终', '刑初', '刑终',
];
