// `cli ime candidates --field name|address|text|bank|organisation INPUT...`: what the on-screen
// keyboard offers for typed pinyin, one JSON line per input, best first — the same dictionary and
// ranking as the keyboard (built from the same sources), so anyone can measure or compare it.
import { FIELD_CONTENTS, isFieldContent } from '../../renderer/src/keyboard/field-words.data';
import { buildImeData } from '../../renderer/src/keyboard/generate/dictionary';
import { PinyinDictionary } from '../../renderer/src/keyboard/ime';
import { Ranking } from '../../renderer/src/keyboard/ranking';
import type { CliGroup } from './command';

/** As many as the keyboard's first page or two; enough to judge a ranking by. */
const SHOWN = 10;

export const imeCommand: CliGroup = {
  usage: `ime candidates --field ${FIELD_CONTENTS.join('|')} INPUT...`,
  async run({ args, out, err }) {
    const [command, flag, field, ...inputs] = args;
    if (command !== 'candidates' || flag !== '--field' || !isFieldContent(field) || inputs.length === 0 || inputs.some((input) => !/^[a-z']+$/i.test(input))) {
      err(`usage: cli ${imeCommand.usage}  (INPUT: pinyin letters, ' between syllables)`);
      return 2;
    }
    const data = buildImeData();
    const dictionary = PinyinDictionary.parse(data.dictionary);
    // Nothing is learnt here: each input is ranked as for a fresh visit.
    const ranking = Ranking.forField(data.fieldWords, field, null);
    for (const input of inputs) {
      out(
        JSON.stringify({
          input,
          candidates: dictionary
            .candidates(input, ranking)
            .slice(0, SHOWN)
            .map((candidate) => candidate.text),
        }),
      );
    }
    return 0;
  },
};
