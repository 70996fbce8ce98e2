// A fast, tokenizer-free estimate of how many tokens a text costs, for the prompt budget.
//
// Code BPE vocabularies (Qwen, DeepSeek, StarCoder, Llama) spend roughly one token per
// 3.5-4 characters of identifiers, but a token on almost every punctuation mark, and they merge
// runs of indentation into few tokens. So we count per character class in one pass:
//   - a run of ASCII letters/digits/_ costs ceil(length / 4) tokens,
//   - a run of ASCII punctuation costs 1 token per 2 characters (`);`, `=>`, `//` merge),
//   - a newline costs 1 token; a run of 2+ spaces/tabs costs 1 token per 8 characters (a single
//     space usually merges into the next word and is free),
//   - every non-ASCII code unit (CJK, emoji halves, accents) costs 1 token.
// It leans towards over-estimating (by ~10-25% on typical code), which keeps prompts under
// the model's context. For budgets that need a character count, `CHARS_PER_TOKEN` is the
// average used on the other side.

/** Average characters per token for code, for converting budgets into character windows. */
export const CHARS_PER_TOKEN = 3.5;

const enum Cls { Word, Space, Newline, Punct, Other }

function classify(code: number): Cls {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95) return Cls.Word;
  if (code === 32 || code === 9) return Cls.Space;
  if (code === 10) return Cls.Newline;
  if (code === 13) return Cls.Space; // \r of CRLF rides with the \n
  if (code < 128) return Cls.Punct;
  return Cls.Other;
}

export function estimateTokens(text: string): number {
  let tokens = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const cls = classify(text.charCodeAt(i));
    if (cls === Cls.Word || cls === Cls.Space || cls === Cls.Punct) {
      let j = i + 1;
      while (j < n && classify(text.charCodeAt(j)) === cls) j++;
      const run = j - i;
      if (cls === Cls.Word) tokens += Math.ceil(run / 4);
      else if (cls === Cls.Punct) tokens += Math.ceil(run / 2); // `);`, `=>`, `===` mostly merge
      else if (run > 1) tokens += Math.ceil(run / 8); // indentation: about a token per 8 columns
      i = j;
    } else {
      tokens += 1;
      i++;
    }
  }
  return tokens;
}

/** Characters that fit in a token budget, by the average ratio (for window sizing). */
export function tokensToChars(tokens: number): number {
  return Math.max(0, Math.floor(tokens * CHARS_PER_TOKEN));
}
