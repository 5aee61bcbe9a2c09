/** Endings that only ever continue a word, so "manage-" + "ment" is one word even when the document never prints it whole. */
const SUFFIXES =
  /^(?:ment|ments|tion|tions|sion|sions|ing|ings|ed|er|ers|ance|ances|ence|ences|ity|ities|ive|ively|al|ally|ure|ures|ly|ness|able|ably|ible|ibly|ship|ships|ation|ations|ous|ist|ists|ism|ize|ized|izes|ise|ised|ate|ated|ates|ant|ants|ent|ents|ical|ology|ular|ory)$/;

const TRAILING_FRAGMENT = /([A-Za-zÀ-ÿ]+)-$/;
const LEADING_FRAGMENT = /^([a-zà-ÿ]+)([^\s]*)\s*/;

/** Every word of the document, lowercased, with and without inner hyphens, to judge joins against. */
export function vocabularyOf(lines: readonly string[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const line of lines)
    for (const word of line.toLowerCase().match(/[a-zà-ÿ]+(?:-[a-zà-ÿ]+)*/g) ?? []) words.add(word);
  return words;
}

/**
 * Joins a word split across two lines. Returns the two lines after the join, or null when the
 * first line does not end in a split word. "manage-|ment of" → "management|of"; "follow-|up on" →
 * "follow-up|on" (the hyphen stays when the document spells the word with one, or the joined
 * word is not known and the second part is not a suffix).
 */
export function joinHyphenated(
  line: string,
  next: string,
  vocabulary: ReadonlySet<string>,
): readonly [string, string] | null {
  const head = TRAILING_FRAGMENT.exec(line);
  const tail = LEADING_FRAGMENT.exec(next);
  if (!head?.[1] || !tail?.[1]) return null;
  const left = head[1];
  const right = tail[1];
  const joined = `${left}${right}`.toLowerCase();
  const hyphenated = `${left}-${right}`.toLowerCase();
  const keepHyphen = vocabulary.has(hyphenated) || (!vocabulary.has(joined) && !SUFFIXES.test(right));
  const word = keepHyphen ? `${left}-${right}` : `${left}${right}`;
  return [`${line.slice(0, head.index)}${word}${tail[2] ?? ''}`, next.slice(tail[0].length)];
}
