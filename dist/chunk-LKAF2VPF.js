import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  RISKS,
  carried,
  compilePattern,
  credentialPath,
  emptyResult,
  fingerprintFindings,
  matchSegments,
  riskRank
} from "./chunk-5X5BTGI2.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7BOAENXZ.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last2 = segs[segs.length - 1];
      if (last2 === "") {
        return segs[segs.length - 2];
      }
      return last2;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str = input;
      let index = -1;
      let start2 = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start2 + 1) {
            start2 += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start2) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start2) {
          negated = token.negated = true;
          start2++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start2 > 0) {
        prefix = str.slice(0, start2);
        str = str.slice(start2);
        lastIndex -= start2;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start: start2,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start2;
          const i2 = slashes[idx];
          const value2 = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start2 !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i2 >= start2) {
            parts2.push(value2);
            prevIndex = i2;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start2;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module2) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args2, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args2, options);
      }
      args2.sort();
      const value = `[${args2.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args2.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch2) => {
      let escaped = false;
      for (const ch of branch2) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch2) => {
      let value = branch2.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j = i2 + 1; j < values.length; j++) {
          const a = values[i2];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch3) => branch3.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch2 = normalizeSimpleBranch(branches[0]);
        if (!branch2 || branch2.length !== 1) {
          return;
        }
        chars.push(branch2);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch2) => branch2.trim());
      if (branches.length > 1) {
        if (branches.some((branch2) => branch2 === "") || branches.some((branch2) => /^[*?]+$/.test(branch2)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch2 of branches) {
        const chars = getStarExtglobSequenceChars(branch2);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch2);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch2) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range.unshift(arr[i2].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out2 = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out2;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module2) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob, options) : picomatch4.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch4.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch4.constants = constants;
    module2.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module2.exports = picomatch4;
  }
});

// src/parse/parser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named2) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named2 ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text2, positive) => {
      return positive ? regex.test(text2) : !regex.test(text2);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text2) => test(text2, isPositive)) : nodes.some((text2) => test(text2, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text2) => values.includes(text2)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// src/parse/parser.ts
var ready;
function locate(file) {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir2 of [here, join(here, ".."), join(here, "wasm")]) {
    const p = join(dir2, file);
    if (existsSync(p)) return p;
  }
  const require2 = createRequire(import.meta.url);
  const pkg = file === "web-tree-sitter.wasm" ? "web-tree-sitter" : "tree-sitter-python";
  let dir = dirname(require2.resolve(pkg));
  while (!existsSync(join(dir, file)) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, file);
}
function pythonParser() {
  ready ??= (async () => {
    const runtime = locate("web-tree-sitter.wasm");
    await Parser.init({ locateFile: () => runtime });
    const language = await Language.load(locate("tree-sitter-python.wasm"));
    const parser = new Parser();
    parser.setLanguage(language);
    const queries = /* @__PURE__ */ new Map();
    return {
      parse(source, timeoutMicros) {
        if (!timeoutMicros) return parser.parse(source);
        const deadline = performance.now() + timeoutMicros / 1e3;
        const tree = parser.parse(source, null, {
          progressCallback: () => performance.now() > deadline
        });
        if (!tree) parser.reset();
        return tree;
      },
      query(source) {
        let q = queries.get(source);
        if (!q) {
          q = new Query(language, source);
          queries.set(source, q);
        }
        return q;
      }
    };
  })();
  return ready;
}

// src/resolve/project.ts
import { createHash } from "node:crypto";

// src/resolve/import-scan.ts
var IMPORT_LINE = /^[ \t]*(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\(?[^\n#;]*)|import[ \t]+([^\n#;]*))/my;
function* importLines(text2) {
  let end = 0;
  let lineStart = 0;
  let nextBreak = text2.indexOf("\n");
  let line = -1;
  let close = -2;
  for (let i2 = text2.indexOf("import"); i2 >= 0; i2 = text2.indexOf("import", i2 + 6)) {
    while (nextBreak >= 0 && nextBreak < i2) {
      lineStart = nextBreak + 1;
      nextBreak = text2.indexOf("\n", lineStart);
    }
    if (lineStart === line || lineStart < end) continue;
    line = lineStart;
    IMPORT_LINE.lastIndex = lineStart;
    const m = IMPORT_LINE.exec(text2);
    if (!m) continue;
    end = m.index + m[0].length;
    if (m[3] !== void 0) {
      yield { modules: m[3] };
      continue;
    }
    let names = m[2];
    if (names.startsWith("(")) {
      const open = end - names.length;
      if (close !== -1 && close < open) close = text2.indexOf(")", open);
      if (close >= 0) {
        names = text2.slice(open, close + 1);
        end = close + 1;
      }
    }
    yield { from: m[1], names };
  }
}
function importedPaths(text2, from, map) {
  const packages = /* @__PURE__ */ new Map();
  const out2 = new Set(statementPaths(text2, from, map, packages));
  if (!packages.size) return [...out2];
  const chain = new RegExp(`\\b(${[...packages.keys()].join("|")})((?:[ \\t]*\\.[ \\t]*[A-Za-z_]\\w*)+)`, "g");
  const seen = /* @__PURE__ */ new Set();
  for (const m of text2.matchAll(chain)) {
    let module2 = packages.get(m[1]);
    for (const attr of m[2].split(".").slice(1)) {
      module2 = `${module2}.${attr.trim()}`;
      if (seen.has(module2)) continue;
      seen.add(module2);
      const p = map.pathOf(module2, from);
      if (!p) break;
      out2.add(p);
    }
  }
  return [...out2];
}
function statementPaths(text2, from, map, packages) {
  const out2 = /* @__PURE__ */ new Set();
  const add2 = (module2, bound2) => {
    const p = module2 ? map.pathOf(module2, from) : void 0;
    if (!p) return;
    if (!bound2) out2.add(p);
    else if (p.endsWith("__init__.py")) {
      out2.add(p);
      packages.set(bound2, module2);
    }
  };
  for (const m of importLines(text2)) {
    if (m.modules !== void 0) {
      for (const part of m.modules.split(",")) {
        const [, name2, alias] = /^\s*([\w.]+)(?:\s+as\s+(\w+))?/.exec(part) ?? [];
        add2(name2);
        if (name2 && packages) add2(alias ? name2 : name2.split(".")[0], alias ?? name2.split(".")[0]);
      }
      continue;
    }
    const mod = m.from;
    const level = /^\.*/.exec(mod)[0].length;
    const dotted = mod.slice(level);
    const names = m.names.replace(/[()\\]/g, " ").split(",");
    const base = level ? map.absolute(from, level, dotted) : dotted;
    if (level && base === void 0 && dotted) continue;
    if (base) add2(base);
    for (const part of names) {
      const [, name2, alias] = /^\s*(\w+)(?:\s+as\s+(\w+))?/.exec(part) ?? [];
      if (!name2 || name2 === "*") continue;
      const module2 = base ? `${base}.${name2}` : level ? map.absolute(from, level, name2) : void 0;
      add2(module2);
      if (packages) add2(module2, alias ?? name2);
    }
  }
  return [...out2];
}

// src/resolve/modules.ts
import { dirname as dirname2, posix } from "node:path";

// src/resolve/stdlib-modules.ts
var STDLIB_MODULES = /* @__PURE__ */ new Set([
  "__future__",
  "abc",
  "aifc",
  "antigravity",
  "argparse",
  "array",
  "ast",
  "asynchat",
  "asyncio",
  "asyncore",
  "atexit",
  "audioop",
  "base64",
  "bdb",
  "binascii",
  "bisect",
  "builtins",
  "bz2",
  "cProfile",
  "calendar",
  "cgi",
  "cgitb",
  "chunk",
  "cmath",
  "cmd",
  "code",
  "codecs",
  "codeop",
  "collections",
  "colorsys",
  "compileall",
  "concurrent",
  "configparser",
  "contextlib",
  "contextvars",
  "copy",
  "copyreg",
  "crypt",
  "csv",
  "ctypes",
  "curses",
  "dataclasses",
  "datetime",
  "dbm",
  "decimal",
  "difflib",
  "dis",
  "distutils",
  "doctest",
  "email",
  "encodings",
  "ensurepip",
  "enum",
  "errno",
  "faulthandler",
  "fcntl",
  "filecmp",
  "fileinput",
  "fnmatch",
  "fractions",
  "ftplib",
  "functools",
  "gc",
  "genericpath",
  "getopt",
  "getpass",
  "gettext",
  "glob",
  "graphlib",
  "grp",
  "gzip",
  "hashlib",
  "heapq",
  "hmac",
  "html",
  "http",
  "idlelib",
  "imaplib",
  "imghdr",
  "imp",
  "importlib",
  "inspect",
  "io",
  "ipaddress",
  "itertools",
  "json",
  "keyword",
  "lib2to3",
  "linecache",
  "locale",
  "logging",
  "lzma",
  "mailbox",
  "mailcap",
  "marshal",
  "math",
  "mimetypes",
  "mmap",
  "modulefinder",
  "msilib",
  "msvcrt",
  "multiprocessing",
  "netrc",
  "nis",
  "nntplib",
  "nt",
  "ntpath",
  "nturl2path",
  "numbers",
  "opcode",
  "operator",
  "optparse",
  "os",
  "ossaudiodev",
  "pathlib",
  "pdb",
  "pickle",
  "pickletools",
  "pipes",
  "pkgutil",
  "platform",
  "plistlib",
  "poplib",
  "posix",
  "posixpath",
  "pprint",
  "profile",
  "pstats",
  "pty",
  "pwd",
  "py_compile",
  "pyclbr",
  "pydoc",
  "pydoc_data",
  "pyexpat",
  "queue",
  "quopri",
  "random",
  "re",
  "readline",
  "reprlib",
  "resource",
  "rlcompleter",
  "runpy",
  "sched",
  "secrets",
  "select",
  "selectors",
  "shelve",
  "shlex",
  "shutil",
  "signal",
  "site",
  "smtpd",
  "smtplib",
  "sndhdr",
  "socket",
  "socketserver",
  "spwd",
  "sqlite3",
  "sre_compile",
  "sre_constants",
  "sre_parse",
  "ssl",
  "stat",
  "statistics",
  "string",
  "stringprep",
  "struct",
  "subprocess",
  "sunau",
  "symtable",
  "sys",
  "sysconfig",
  "syslog",
  "tabnanny",
  "tarfile",
  "telnetlib",
  "tempfile",
  "termios",
  "textwrap",
  "this",
  "threading",
  "time",
  "timeit",
  "tkinter",
  "token",
  "tokenize",
  "tomllib",
  "trace",
  "traceback",
  "tracemalloc",
  "tty",
  "turtle",
  "turtledemo",
  "types",
  "typing",
  "unicodedata",
  "unittest",
  "urllib",
  "uu",
  "uuid",
  "venv",
  "warnings",
  "wave",
  "weakref",
  "webbrowser",
  "winreg",
  "winsound",
  "wsgiref",
  "xdrlib",
  "xml",
  "xmlrpc",
  "zipapp",
  "zipfile",
  "zipimport",
  "zlib",
  "zoneinfo"
]);

// src/util/detach.ts
function detach(s) {
  return s.length < 13 ? s : (" " + s).slice(1);
}
function detachAll(v) {
  if (Array.isArray(v)) {
    for (let i2 = 0; i2 < v.length; i2++) {
      const x = v[i2];
      if (typeof x === "string") v[i2] = detach(x);
      else if (x && typeof x === "object") detachAll(x);
    }
  } else if (v && typeof v === "object") {
    const o = v;
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (typeof x === "string") o[k] = detach(x);
      else if (x && typeof x === "object") detachAll(x);
    }
  }
  return v;
}

// src/resolve/modules.ts
function listedExists(paths) {
  const files = new Set(paths);
  const dirs = /* @__PURE__ */ new Set();
  for (const p of files) for (let i2 = p.indexOf("/"); i2 >= 0; i2 = p.indexOf("/", i2 + 1)) dirs.add(p.slice(0, i2));
  return (p) => files.has(p) || dirs.has(p);
}
function packageRoots(paths, exists, limit = 64) {
  const roots = /* @__PURE__ */ new Set();
  for (const p of paths) {
    if (!/(^|\/)__init__\.pyw?$/.test(p)) continue;
    let dir = dirname2(p) === "." ? "" : dirname2(p);
    while (dir && exists(`${dirname2(dir) === "." ? "" : `${dirname2(dir)}/`}__init__.py`)) dir = dirname2(dir);
    const root = dirname2(dir) === "." ? "" : dirname2(dir);
    if (dir) roots.add(root);
    if (roots.size >= limit) break;
  }
  return [...roots].sort();
}
function isStdlib(module2) {
  const dot = module2.indexOf(".");
  return STDLIB_MODULES.has(dot < 0 ? module2 : module2.slice(0, dot));
}
var EXTRA_ROOTS = ["", "src", "lib", "python"];
var MAX_SEGMENTS = 32;
var ModuleMap = class {
  constructor(files) {
    this.files = files;
  }
  files;
  nameCache = /* @__PURE__ */ new Map();
  pathCache = /* @__PURE__ */ new Map();
  rootCache = /* @__PURE__ */ new Map();
  rootsCache = /* @__PURE__ */ new Map();
  /** Whether a top-level name is a module or package in any search root of a folder. */
  topCache = /* @__PURE__ */ new Map();
  /** Whether a search root holds a top-level module or folder of this name. */
  rootTops = /* @__PURE__ */ new Map();
  /** The dotted module name of a project file: its package chain (folders with `__init__.py`). */
  nameOf(path) {
    if (this.nameCache.has(path)) return this.nameCache.get(path);
    let name2;
    const m = /^(.*?)([^/]+)\.pyw?$/i.exec(path);
    if (m) {
      const parts2 = m[2] === "__init__" ? [] : [m[2]];
      let dir = m[1].replace(/\/$/, "");
      while (dir && dir !== "." && this.files.exists(`${dir}/__init__.py`) && parts2.length < MAX_SEGMENTS) {
        parts2.unshift(posix.basename(dir));
        dir = dirname2(dir) === "." ? "" : dirname2(dir);
      }
      if (m[2] === "__init__" && !parts2.length) parts2.push(posix.basename(dir || "."));
      name2 = parts2.filter((p) => /^[A-Za-z_]\w*$/.test(p)).length === parts2.length ? parts2.join(".") : void 0;
    }
    this.nameCache.set(path, name2);
    return name2;
  }
  /** The folder a file's top-level package sits in (where its absolute imports start). */
  rootOf(path) {
    const start2 = dirname2(path) === "." ? "" : dirname2(path);
    let hit = this.rootCache.get(start2);
    if (hit === void 0) {
      let dir = start2;
      while (dir && this.files.exists(`${dir}/__init__.py`)) dir = dirname2(dir) === "." ? "" : dirname2(dir);
      this.rootCache.set(start2, hit = dir);
    }
    return hit;
  }
  /** A key for the search roots of `fromPath` (files of one folder share them). */
  searchKey(fromPath) {
    return dirname2(fromPath);
  }
  /** The folders searched for `fromPath`'s absolute imports, in order (cached per folder). */
  searchRoots(fromPath) {
    const dir = dirname2(fromPath) === "." ? "" : dirname2(fromPath);
    let roots = this.rootsCache.get(dir);
    if (!roots) {
      const list = [this.rootOf(fromPath), ...EXTRA_ROOTS, ...this.files.roots ?? []];
      if (!this.files.exists(`${dir ? `${dir}/` : ""}__init__.py`)) list.unshift(dir);
      roots = [...new Set(list.map((r) => r === "." ? "" : r))];
      this.rootsCache.set(dir, roots);
    }
    return roots;
  }
  /**
   * The project file of an absolute module name seen from `fromPath`, or undefined when the module
   * is not in the project (a third-party or standard module).
   */
  pathOf(module2, fromPath) {
    if (isStdlib(module2)) return void 0;
    const dot = module2.indexOf(".");
    const top = dot < 0 ? module2 : module2.slice(0, dot);
    for (const root of this.searchRoots(fromPath)) {
      if (!this.rootHas(root, top)) continue;
      let byModule = this.pathCache.get(root);
      if (!byModule) this.pathCache.set(root, byModule = /* @__PURE__ */ new Map());
      let found = byModule.get(module2);
      if (found === void 0) {
        const p = this.inRoot(root, module2);
        byModule.set(detach(module2), found = p === void 0 ? null : detach(p));
      }
      if (found) return found;
    }
    return void 0;
  }
  rootHas(root, top) {
    const key = `${root}\0${top}`;
    let has = this.rootTops.get(key);
    if (has === void 0) {
      const base = root ? `${root}/${top}` : top;
      has = this.files.exists(base) || this.files.exists(`${base}.py`);
      this.rootTops.set(detach(key), has);
    }
    return has;
  }
  inRoot(root, module2) {
    const rel = module2.split(".");
    if (rel.length > MAX_SEGMENTS || rel.some((s) => !/^[A-Za-z_]\w*$/.test(s))) return void 0;
    const base = (root ? `${root}/` : "") + rel.join("/");
    for (const p of [`${base}.py`, `${base}/__init__.py`]) if (this.files.exists(p)) return p;
    return void 0;
  }
  /**
   * `from ..core.http import X` in `fromPath`: the absolute dotted name it refers to, found by folders
   * (what Python does for a file inside a package) and named like any project module. Undefined when
   * the target is not in the project.
   */
  absolute(fromPath, level, dotted) {
    let dir = dirname2(fromPath) === "." ? "" : dirname2(fromPath);
    for (let i2 = 1; i2 < level; i2++) {
      if (!dir) return void 0;
      dir = dirname2(dir) === "." ? "" : dirname2(dir);
    }
    const target = dotted ? this.inRoot(dir, dotted) : this.files.exists(`${dir}/__init__.py`) ? `${dir}/__init__.py` : void 0;
    return target ? this.nameOf(target) : void 0;
  }
  /** Longest prefix of `qual` that is a project module seen from `fromPath`, with the rest of the name. */
  split(qual, fromPath) {
    const dot = qual.indexOf(".");
    const top = dot < 0 ? qual : qual.slice(0, dot);
    const topKey = `${dirname2(fromPath)}\0${top}`;
    let known = this.topCache.get(topKey);
    if (known === void 0) {
      known = !STDLIB_MODULES.has(top) && this.searchRoots(fromPath).some(
        (r) => this.files.exists(r ? `${r}/${top}` : top) || this.files.exists(r ? `${r}/${top}.py` : `${top}.py`)
      );
      this.topCache.set(topKey, known);
    }
    if (!known) return void 0;
    const parts2 = qual.split(".");
    if (parts2.length > MAX_SEGMENTS) return void 0;
    let hit;
    for (let n = 1; n <= parts2.length; n++) {
      if (parts2[n - 1].endsWith("()")) break;
      const module2 = parts2.slice(0, n).join(".");
      const path = this.pathOf(module2, fromPath);
      if (path) hit = { module: module2, path, rest: parts2.slice(n) };
      if (!path?.endsWith("__init__.py") && !this.isPackageDir(module2, fromPath)) break;
    }
    return hit;
  }
  /** A folder for this dotted name in some search root (a namespace package has no `__init__.py`). */
  isPackageDir(module2, fromPath) {
    const rel = module2.split(".").join("/");
    return this.searchRoots(fromPath).some((r) => this.files.exists(r ? `${r}/${rel}` : rel));
  }
};

// src/resolve/scope-imports.ts
function collectImport(node, scope, out2, relative) {
  const at = node.startIndex;
  const modules = [];
  if (node.type === "import_statement") {
    for (const n of node.childrenForFieldName("name")) {
      if (!n) continue;
      if (n.type === "dotted_name") {
        modules.push(n.text);
        const first = n.firstNamedChild.text;
        scope.bind(first, { k: "import", qual: first, at });
      } else if (n.type === "aliased_import") {
        const full = n.childForFieldName("name").text;
        const alias = n.childForFieldName("alias").text;
        modules.push(full);
        scope.bind(alias, { k: "import", qual: full, at });
      }
    }
  } else {
    const modNode = node.childForFieldName("module_name");
    if (!modNode) return;
    let mod = modNode.text.replace(/\s+/g, "");
    if (modNode.type === "relative_import") {
      const level = /^\.*/.exec(mod)[0].length;
      const dotted = mod.slice(level);
      const abs = relative?.(level, dotted);
      if (abs === void 0 && dotted) return;
      mod = abs ?? "";
      if (!mod) {
        for (const n of node.childrenForFieldName("name")) {
          const name2 = n?.type === "aliased_import" ? n.childForFieldName("name")?.text : n?.text;
          const alias = n?.type === "aliased_import" ? n.childForFieldName("alias")?.text : name2;
          const sub = name2 ? relative?.(level, name2) : void 0;
          if (sub && alias) {
            scope.bind(alias, { k: "import", qual: sub, at });
            modules.push(sub);
          }
        }
        if (modules.length) out2.imports.push({ node, modules, scope });
        return;
      }
    }
    modules.push(mod);
    if (node.namedChildren.some((c) => c?.type === "wildcard_import") && scope.stars.length < 8)
      scope.add("stars", mod);
    for (const n of node.childrenForFieldName("name")) {
      if (!n) continue;
      if (n.type === "dotted_name") {
        scope.bind(n.text, { k: "import", qual: `${mod}.${n.text}`, at });
        modules.push(`${mod}.${n.text}`);
      } else if (n.type === "aliased_import") {
        const name2 = n.childForFieldName("name").text;
        scope.bind(n.childForFieldName("alias").text, { k: "import", qual: `${mod}.${name2}`, at });
        modules.push(`${mod}.${name2}`);
      }
    }
  }
  out2.imports.push({ node, modules, scope });
}

// src/resolve/scope.ts
var NONE = [];
var EMPTY = Object.freeze([]);
var NO_GLOBALS = /* @__PURE__ */ new Set();
var Scope = class {
  constructor(kind, node, parent) {
    this.kind = kind;
    this.node = node;
    this.parent = parent;
    this.root = parent ? parent.root : this;
  }
  kind;
  node;
  parent;
  names = /* @__PURE__ */ new Map();
  /** Names declared `global` in this scope. */
  globals = NO_GLOBALS;
  /** For a method: the class it belongs to and the name of its first parameter (self/cls). */
  cls;
  selfName;
  /** For a function or lambda: the expressions it returns (a lambda returns its body). */
  returns = EMPTY;
  /** For a module: attribute assignments on names (`sdk.host = URL`), which may configure an imported SDK. */
  configs = NONE;
  /** For a function: its `*args` / `**kwargs` parameters (allocated only when there are any). */
  splats;
  paramNames;
  /** For a function: its return annotation (`-> httpx.Client`). */
  returnType;
  /** For a function: its decorators' text (`property`, `functools.cached_property`...). */
  decorators = EMPTY;
  /** For a class: the base class expressions. */
  bases = EMPTY;
  /** Modules imported with `from m import *` in this scope. */
  stars = EMPTY;
  /** The module scope this scope is in: which file's tree (and resolver) its nodes belong to. */
  root;
  bind(name2, b) {
    const target = this.globals.has(name2) ? this.module() : this;
    let list = target.names.get(name2);
    if (!list) target.names.set(name2, list = []);
    list.push(b);
  }
  module() {
    return this.root;
  }
  /** Append to one of the lists that start as the shared empty one. */
  add(list, item) {
    if (this[list] === EMPTY) this[list] = [];
    this[list].push(item);
  }
  /** Declare a name `global` in this scope. */
  declareGlobal(name2) {
    if (this.globals === NO_GLOBALS) this.globals = /* @__PURE__ */ new Set();
    this.globals.add(name2);
  }
  /** A function's parameter names in order (`self` included for methods). */
  params() {
    if (this.paramNames) return this.paramNames;
    const out2 = [];
    const body2 = this.bodyStart;
    for (const [name2, list] of this.names)
      for (const b of list) if (b.k === "param" && b.scope === this && b.at < body2) out2.push({ name: name2, at: b.at });
    return this.paramNames = out2.sort((a, b) => a.at - b.at).map((p) => p.name);
  }
  /** Where a function's body starts (parameters are bound before it). */
  get bodyStart() {
    return this.node.childForFieldName("body")?.startIndex ?? this.node.endIndex;
  }
};
var classInfos = /* @__PURE__ */ new WeakMap();
function classInfo(classScope) {
  let c = classInfos.get(classScope);
  if (!c) classInfos.set(classScope, c = { selfAttrs: /* @__PURE__ */ new Map(), scope: classScope });
  return c;
}

// src/resolve/scope-bindings.ts
function defineFunction(node, outer, scopes, decorated) {
  const name2 = node.childForFieldName("name");
  const scope = new Scope("function", node, outer.kind === "class" ? outer.parent : outer);
  if (name2) outer.bind(name2.text, { k: "def", node, scope, at: node.startIndex });
  scopes.set(node.id, scope);
  scope.returnType = node.childForFieldName("return_type") ?? void 0;
  if (decorated) {
    for (const d of decorated.namedChildren)
      if (d?.type === "decorator") scope.add("decorators", d.text.slice(1).trim().slice(0, 100));
  }
  const params = node.childForFieldName("parameters");
  let first = true;
  for (const p of params?.namedChildren ?? []) {
    const pt = p?.type;
    if (!p || pt === "comment") continue;
    let id = null;
    let annotation;
    let dflt;
    let splat2;
    if (pt === "identifier") id = p;
    else if (pt === "list_splat_pattern" || pt === "dictionary_splat_pattern") {
      id = p.firstNamedChild;
      splat2 = pt === "list_splat_pattern" ? "*" : "**";
    } else if (pt === "typed_parameter") {
      id = p.firstNamedChild;
      const it = id?.type;
      if (it === "list_splat_pattern" || it === "dictionary_splat_pattern") {
        splat2 = it === "list_splat_pattern" ? "*" : "**";
        id = id.firstNamedChild;
      }
      annotation = p.childForFieldName("type") ?? void 0;
    } else if (pt === "default_parameter") {
      id = p.childForFieldName("name");
      dflt = p.childForFieldName("value") ?? void 0;
    } else if (pt === "typed_default_parameter") {
      id = p.childForFieldName("name");
      annotation = p.childForFieldName("type") ?? void 0;
      dflt = p.childForFieldName("value") ?? void 0;
    }
    if (id?.type !== "identifier") {
      first = false;
      continue;
    }
    const name3 = id.text;
    if (first && outer.kind === "class") {
      const cls = classInfo(outer);
      scope.cls = cls;
      scope.selfName = name3;
    }
    first = false;
    if (splat2) (scope.splats ??= /* @__PURE__ */ new Map()).set(name3, splat2);
    scope.bind(name3, { k: "param", name: name3, annotation, default: dflt, scope, at: p.startIndex });
  }
}
function collectAssignment(node, scope, inExcept, inBranch) {
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  const type = node.childForFieldName("type") ?? void 0;
  if (!left) return;
  const at = node.endIndex;
  const bindOne = (target, value) => {
    const b = value ? { k: "expr", node: value, scope, at, annotation: type, inExcept, ...inBranch ? { inBranch } : {} } : { k: "param", name: target.text, annotation: type, scope, at };
    const tt = target.type;
    if (tt === "identifier") scope.bind(target.text, b);
    else if (tt === "attribute") {
      const obj = target.childForFieldName("object");
      const attr = target.childForFieldName("attribute");
      if (obj?.type === "identifier" && attr && scope.cls && obj.text === scope.selfName) {
        let list = scope.cls.selfAttrs.get(attr.text);
        if (!list) scope.cls.selfAttrs.set(attr.text, list = []);
        list.push(b);
      } else if (obj?.type === "identifier" && attr && value && scope.root.configs.length < 64) {
        if (scope.root.configs === NONE) scope.root.configs = [];
        scope.root.configs.push({ node, object: obj, attr: attr.text, value, scope });
      }
    }
  };
  if (!right) {
    if (type) bindOne(left, void 0);
    return;
  }
  const lt = left.type;
  if ((lt === "pattern_list" || lt === "tuple_pattern") && right.type === "expression_list") {
    const ls = left.namedChildren;
    const rs = right.namedChildren;
    if (ls.length === rs.length) ls.forEach((l, i2) => l && rs[i2] && bindOne(l, rs[i2]));
    return;
  }
  bindOne(left, right);
}

// src/resolve/scopes.ts
var QUERY = `
(import_statement) @import
(import_from_statement) @import
(call) @call
(assignment) @assign
(with_item) @with
(function_definition) @def
(class_definition) @class
(global_statement) @global
(lambda) @lambda
(named_expression) @walrus
(for_statement) @for
(return_statement) @return
(pair key: (string) value: (string)) @pair
(except_clause) @except
(if_statement) @if
(decorated_definition) @decorated
`;
function collectSymbols(parser, tree, relative) {
  const root = tree.rootNode;
  const module2 = new Scope("module", root);
  const scopes = /* @__PURE__ */ new Map([[root.id, module2]]);
  const excepts = [];
  const decorated = /* @__PURE__ */ new Map();
  const ifs = [];
  const walkUp = (node) => {
    let n = node.parent;
    while (n) {
      const s = scopes.get(n.id);
      if (s) return s;
      n = n.parent;
    }
    return module2;
  };
  const registered = scopes.values();
  let taken = 0;
  let last2 = -1;
  let inOrder = true;
  const open = [];
  const scopeOf = (node) => {
    const start2 = node.startIndex;
    if (!inOrder || start2 < last2) return walkUp(node);
    last2 = start2;
    while (taken < scopes.size) {
      const s = registered.next().value;
      taken++;
      const sStart = s.node.startIndex;
      if (open.length && sStart < open[open.length - 1].start) inOrder = false;
      while (open.length && open[open.length - 1].end <= sStart) open.pop();
      open.push({ start: sStart, end: s.node.endIndex, scope: s });
    }
    if (!inOrder) return walkUp(node);
    while (open.length > 1 && open[open.length - 1].end <= start2) open.pop();
    const end = node.endIndex;
    for (let i2 = open.length - 1; i2 > 0; i2--) {
      const o = open[i2];
      if (o.end >= end && (o.start < start2 || o.end > end)) return o.scope;
    }
    return module2;
  };
  const out2 = { module: module2, calls: [], imports: [], classPairs: [], scopeOf };
  const q = parser.query(QUERY);
  for (const cap of q.captures(root)) {
    const node = cap.node;
    switch (cap.name) {
      case "def":
        defineFunction(node, scopeOf(node), scopes, decorated.get(node.id));
        break;
      case "decorated": {
        const def = node.childForFieldName("definition");
        if (def) decorated.set(def.id, node);
        break;
      }
      case "class": {
        const outer = scopeOf(node);
        const name2 = node.childForFieldName("name");
        const cs = new Scope("class", node, outer);
        for (const b of node.childForFieldName("superclasses")?.namedChildren ?? [])
          if (b && b.type !== "keyword_argument") cs.add("bases", b);
        if (name2) outer.bind(name2.text, { k: "class", node, scope: cs, at: node.startIndex });
        scopes.set(node.id, cs);
        break;
      }
      case "lambda": {
        const outer = scopeOf(node);
        const ls = new Scope("function", node, outer.kind === "class" ? outer.parent : outer);
        scopes.set(node.id, ls);
        for (const p of node.childForFieldName("parameters")?.namedChildren ?? []) {
          const id = p?.type === "identifier" ? p : p?.type === "default_parameter" ? p.childForFieldName("name") : null;
          if (id?.type === "identifier") ls.bind(id.text, { k: "param", name: id.text, scope: ls, at: p.startIndex });
        }
        const body2 = node.childForFieldName("body");
        if (body2) ls.add("returns", body2);
        break;
      }
      case "walrus": {
        const name2 = node.childForFieldName("name");
        const value = node.childForFieldName("value");
        if (name2?.type === "identifier" && value) {
          const s = scopeOf(node);
          s.bind(name2.text, { k: "expr", node: value, scope: s, at: node.endIndex });
        }
        break;
      }
      case "for": {
        const s = scopeOf(node);
        const left = node.childForFieldName("left");
        const ids = left?.type === "identifier" ? [left] : left?.descendantsOfType("identifier") ?? [];
        for (const id of ids) if (id) s.bind(id.text, { k: "opaque", at: node.startIndex });
        break;
      }
      case "return": {
        const s = scopeOf(node);
        const e = node.firstNamedChild;
        if (e && s.kind === "function" && s.returns.length < 16) s.add("returns", e);
        break;
      }
      case "import":
        collectImport(node, scopeOf(node), out2, relative);
        break;
      case "call":
        out2.calls.push({ node, scope: scopeOf(node) });
        break;
      case "except":
        while (excepts.length && excepts[excepts.length - 1].end <= node.startIndex) excepts.pop();
        excepts.push({ start: node.startIndex, end: node.endIndex });
        break;
      case "if":
        while (ifs.length && ifs[ifs.length - 1].end <= node.startIndex) ifs.pop();
        ifs.push({ start: node.startIndex, end: node.endIndex });
        break;
      case "assign": {
        while (excepts.length && excepts[excepts.length - 1].end <= node.startIndex) excepts.pop();
        while (ifs.length && ifs[ifs.length - 1].end <= node.startIndex) ifs.pop();
        const scope = scopeOf(node);
        const start2 = scope.node.startIndex;
        const inside = (r) => r.start > start2 && r.start <= node.startIndex && node.endIndex <= r.end;
        collectAssignment(node, scope, excepts.some(inside), ifs.some(inside));
        break;
      }
      case "with": {
        const value = node.childForFieldName("value");
        if (value?.type === "as_pattern") {
          const target = value.childForFieldName("alias")?.firstNamedChild;
          const expr = value.firstNamedChild;
          if (target?.type === "identifier" && expr) {
            const s = scopeOf(node);
            s.bind(target.text, { k: "expr", node: expr, scope: s, at: node.endIndex });
          }
        }
        break;
      }
      case "global": {
        const s = scopeOf(node);
        for (const id of node.namedChildren) if (id?.type === "identifier") s.declareGlobal(id.text);
        break;
      }
      case "pair": {
        const key = node.childForFieldName("key");
        if (key && /^["'](class|\(\))["']$/.test(key.text)) {
          const v = node.childForFieldName("value").text;
          if (v.length < 200) out2.classPairs.push({ node, value: v.slice(1, -1), scope: scopeOf(node) });
        }
        break;
      }
    }
  }
  return out2;
}

// src/resolve/value.ts
var HOLE = "\0";
var UNKNOWN = { kind: "unknown" };
var MAX_DEPTH = 200;
var MAX_TEXT = 4096;
function informative(v) {
  return v.kind === "qualified" || v.kind === "text" || v.kind === "env" || v.kind === "instance";
}
function asString(v) {
  return v.kind === "text" ? v : { kind: "text", text: HOLE, holes: [v] };
}
function splice(v, holes) {
  if (v.kind === "text") {
    holes.push(...v.holes);
    return v.text;
  }
  holes.push(v);
  return HOLE;
}
function withFallback(l, r) {
  const d = l.default;
  if (!d) return { ...l, default: r };
  if ((d.kind === "env" || d.kind === "param") && chainLength(d) < 8) return { ...l, default: withFallback(d, r) };
  if (d.kind !== "text" && (r.kind === "text" || r.kind === "env")) return { ...l, default: r };
  return l;
}
function chainLength(v) {
  let n = 0;
  for (let d = v; d && (d.kind === "env" || d.kind === "param"); d = d.default) n++;
  return n;
}

// src/resolve/plain-value.ts
var sources = /* @__PURE__ */ new WeakMap();
var MAX_ARGS = 32;
var NotPlain = class extends Error {
};
function toPlain(v, src) {
  try {
    return plain(v, src);
  } catch (e) {
    if (e instanceof NotPlain) return { kind: "unknown" };
    throw e;
  }
}
function plain(v, src) {
  const known = sources.get(v);
  if (known) return known;
  const opt = (d) => d ? { default: plain(d, src) } : {};
  switch (v.kind) {
    case "qualified":
      return {
        kind: "qualified",
        name: detach(v.name),
        origins: v.origins.map((o) => plainOrigin(o, src)),
        ...v.cls ? { cls: scopeRef(v.cls, src) } : {}
      };
    case "text":
      return { ...v, text: detach(v.text), holes: v.holes.map((h) => plain(h, src)) };
    case "env":
    case "param":
      return { kind: v.kind, name: detach(v.name), ...opt(v.default) };
    case "seq":
      return {
        kind: "seq",
        items: v.items.map((i2) => plain(i2, src)),
        ...v.keys ? { keys: v.keys.map((k) => plain(k, src)) } : {},
        ...v.decoded !== void 0 ? { decoded: v.decoded } : {}
      };
    case "function":
    case "class":
    case "instance":
      return { ...v, scope: scopeRef(v.scope, src) };
    case "none":
    case "number":
    case "unknown":
      return { ...v };
    default:
      return unreachable(v);
  }
}
function unreachable(v) {
  throw new Error(`no plain form for value ${JSON.stringify(v)}`);
}
function plainOrigin(o, src) {
  const known = sources.get(o);
  if (known) return known;
  const scope = scopeRef(o.scope, src);
  const ref = (n) => ({ path: scope.path, digest: scope.digest, ...span(n) });
  const out2 = { node: ref(o.node), scope };
  if (o.shift !== void 0) out2.shift = o.shift;
  if (o.args) {
    const positional = [];
    for (let i2 = 0; i2 < MAX_ARGS; i2++) {
      const n = o.args.positional(i2);
      positional.push(n ? ref(n) : null);
    }
    while (positional.length && !positional[positional.length - 1]) positional.pop();
    out2.args = {
      positional,
      keywords: o.args.keywords().map((k) => ({ name: detach(k.name), value: ref(k.value) }))
    };
  }
  return out2;
}
function span(n) {
  return { start: n.startIndex, end: n.endIndex, type: n.type };
}
function scopeRef(s, src) {
  const m = src.moduleOf(s.root);
  if (!m) throw new NotPlain();
  return s === s.root ? { ...m } : { ...m, node: span(s.node) };
}
function revive(p, host) {
  return current(p, host, /* @__PURE__ */ new Map()) ? live(p, new Finder(host)) : UNKNOWN;
}
function current(p, host, seen) {
  if (!p || typeof p !== "object") return true;
  if (Array.isArray(p)) return p.every((x) => current(x, host, seen));
  const o = p;
  if (typeof o.path === "string" && typeof o.digest === "string") {
    let ok = seen.get(o.path);
    if (ok === void 0) seen.set(o.path, ok = host.digest(o.path) === o.digest);
    if (!ok) return false;
  }
  return Object.values(o).every((x) => current(x, host, seen));
}
function live(p, f) {
  let v;
  switch (p.kind) {
    case "qualified": {
      const q = {
        kind: "qualified",
        name: p.name,
        origins: p.origins.map((o) => f.origin(o))
      };
      if (p.cls) lazy(q, "cls", () => f.scope(p.cls));
      v = q;
      break;
    }
    case "text":
      v = { ...p, holes: p.holes.map((h) => live(h, f)) };
      break;
    case "env":
    case "param":
      v = { kind: p.kind, name: p.name, ...p.default ? { default: live(p.default, f) } : {} };
      break;
    case "seq":
      v = {
        kind: "seq",
        items: p.items.map((i2) => live(i2, f)),
        ...p.keys ? { keys: p.keys.map((k) => live(k, f)) } : {},
        ...p.decoded !== void 0 ? { decoded: p.decoded } : {}
      };
      break;
    case "function":
    case "class":
    case "instance": {
      const { scope, ...rest } = p;
      const s = rest;
      lazy(s, "scope", () => f.scope(scope));
      v = s;
      break;
    }
    default:
      v = { ...p };
  }
  sources.set(v, p);
  return v;
}
function lazy(o, key, get) {
  let done = false;
  let value;
  Object.defineProperty(o, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!done) [value, done] = [get(), true];
      Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    }
  });
}
function extend(v, extra) {
  const p = sources.get(v);
  if (!p) return { ...v, ...extra };
  const out2 = Object.defineProperties({}, Object.getOwnPropertyDescriptors(v));
  Object.assign(out2, extra);
  sources.set(out2, { ...p, ...extra });
  return out2;
}
var Finder = class {
  constructor(host) {
    this.host = host;
  }
  host;
  origin(p) {
    const o = {};
    lazy(o, "node", () => this.node(p.node));
    lazy(o, "scope", () => this.scope(p.scope));
    if (p.shift !== void 0) o.shift = p.shift;
    if (p.args) o.args = this.args(p.args);
    sources.set(o, p);
    return o;
  }
  node(ref) {
    return this.find(ref) ?? this.host.blank().node;
  }
  scope(ref) {
    const m = this.host.parsed(ref);
    if (!m) return this.host.blank().scope;
    if (!ref.node) return m.symbols.module;
    const n = this.find({ ...ref, ...ref.node });
    const body2 = n?.childForFieldName("body");
    const s = body2 ? m.symbols.scopeOf(body2) : void 0;
    return s && s.node.startIndex === ref.node.start && s.node.endIndex === ref.node.end ? s : this.host.blank().scope;
  }
  args(p) {
    const at = (r) => r ? this.node(r) : void 0;
    return {
      positional: (i2) => at(p.positional[i2]),
      keyword: (name2) => at(p.keywords.find((k) => k.name === name2)?.value),
      keywords: () => p.keywords.map((k) => ({ name: k.name, value: this.node(k.value) }))
    };
  }
  /** The node with this range and type: the smallest spanning the range, or an ancestor of the same range. */
  find(ref) {
    const m = this.host.parsed(ref);
    let n = m?.root.descendantForIndex(ref.start, ref.end);
    while (n && n.startIndex === ref.start && n.endIndex === ref.end) {
      if (n.type === ref.type) return n;
      n = n.parent;
    }
    return void 0;
  }
};

// src/resolve/link.ts
var WORK_BUDGET = 4e5;
var SITE_GRACE = 2e3;
var SITE_CALLEE = 200;
var SUMMARY_STEPS = 5e4;
var SUMMARIES_PER_FILE = 1e5;
var Budget = class {
  /** Incremented whenever a result is cut; a computation that saw it change is not memoised. */
  cuts = 0;
  /**
   * Steps refused (never reset): a result computed while one was refused depends on what the file spent
   * before it, so caches that outlive the file must not keep it (the resolver's own memo sees it as a cut).
   */
  refused = 0;
  steps = 0;
  /** Set when the work budget ran out: later values may be unknown and the file gets a note. */
  exhausted = false;
  grace = 0;
  graceSpent = 0;
  frame;
  frameSpent = 0;
  /** Which analysed file the budget is spent on (a new one at each reset). */
  file = 0;
  /** Steps per file (tests lower it). */
  limit = WORK_BUDGET;
  /**
   * Upper bounds of what this file would spend from an empty index: its steps, plus the cost of each
   * result made by an earlier file that it reuses (once). Under every bound, no account of this file
   * would run out from an empty index either, so the analysis is the same as from one.
   */
  bound = 0;
  frameBound = 0;
  /** Everything spent (steps, and reused results at their cost), for the cost of what is being made. */
  spent = 0;
  /** From this file on, results made by earlier files are not reused (an analysis as from an empty index). */
  alone = 0;
  reset() {
    this.file++;
    this.steps = 0;
    this.exhausted = false;
    this.grace = 0;
    this.graceSpent = 0;
    this.frameSpent = 0;
    this.bound = 0;
    this.frameBound = 0;
  }
  /**
   * Whether an analysis of this file from an empty index could run out of an account this one did not:
   * then its note (and what the cut hides) would depend on what earlier files memoised, so the file is
   * analysed again as from an empty index (analyze-file.ts). A file that ran out here runs out there too
   * (reused results only save steps), so it keeps its note without a second analysis.
   */
  get unsure() {
    return !this.exhausted && (this.bound > this.limit || this.frameBound >= SUMMARIES_PER_FILE);
  }
  /** Analyse the next file as from an empty index (results of earlier files are made again). */
  aloneFromNext(on) {
    this.alone = on ? this.file + 1 : 0;
  }
  /** Mark the start of a result being made (for `made`). */
  mark() {
    return this.spent;
  }
  /** A result made since `mark`, with its cost. */
  made(mark, result) {
    return Object.assign(result, { cost: this.spent - mark, born: this.file, seen: this.file });
  }
  /** Whether a memoised result may be reused here; reusing it counts its cost toward the bounds. */
  reuse(r, summary = false) {
    if (r.born < this.alone) return false;
    this.spent += r.cost;
    if (r.born !== this.file && r.seen !== this.file) {
      r.seen = this.file;
      if (summary) this.chargeSummary(r.cost);
      else this.charge(r.cost);
    }
    return true;
  }
  /** A summary reused would be made on its own account (from an empty index): its cost goes there. */
  chargeSummary(n) {
    this.frameBound += n;
    if (n >= SUMMARY_STEPS) this.frameBound = Math.max(this.frameBound, SUMMARIES_PER_FILE);
  }
  charge(n) {
    const f = this.frame;
    if (!f) {
      this.bound += n;
      return;
    }
    f.bound += n;
    this.frameBound += n;
    if (f.bound >= SUMMARY_STEPS) this.frameBound = Math.max(this.frameBound, SUMMARIES_PER_FILE);
  }
  /** Start a summary's own account; `leave` with what this returns. */
  enter() {
    const outer = this.frame;
    this.frame = { steps: 0, bound: 0 };
    return outer;
  }
  leave(outer) {
    this.frame = outer;
  }
  /** Refuse work (a step, a module load): the file gets the budget note; the caller cuts. */
  refuse() {
    this.exhausted = true;
    this.refused++;
    return false;
  }
  /** A call site of the analysed file begins: past the budget, it gets its grace. */
  nextSite() {
    this.grace = SITE_GRACE;
  }
  /** Take one step; false when none is left (the caller cuts). */
  step() {
    this.spent++;
    this.charge(1);
    const f = this.frame;
    if (f) {
      if (f.steps < (this.exhausted ? SITE_GRACE : SUMMARY_STEPS) && this.frameSpent < SUMMARIES_PER_FILE) {
        f.steps++;
        this.frameSpent++;
        return true;
      }
      return this.refuse();
    }
    if (++this.steps <= this.limit) return true;
    this.exhausted = true;
    if (this.grace <= 0 || SITE_GRACE - this.grace >= SITE_CALLEE && this.graceSpent >= WORK_BUDGET)
      return this.refuse();
    this.grace--;
    this.graceSpent++;
    return true;
  }
};

// src/resolve/arguments.ts
function positionalArg(args2, i2) {
  if (!args2) return void 0;
  if (args2.type === "generator_expression") return i2 === 0 ? args2 : void 0;
  let n = 0;
  for (const a of args2.namedChildren) {
    if (!a || a.type === "keyword_argument" || a.type === "comment") continue;
    if (a.type === "list_splat" || a.type === "dictionary_splat") return void 0;
    if (n++ === i2) return a;
  }
  return void 0;
}
function keywordArg(args2, name2) {
  if (!args2) return void 0;
  for (const a of args2.namedChildren) {
    if (a?.type === "keyword_argument" && a.childForFieldName("name")?.text === name2)
      return a.childForFieldName("value") ?? void 0;
  }
  return void 0;
}
function callArgs(call) {
  const args2 = call.childForFieldName("arguments");
  return {
    positional: (i2) => positionalArg(args2, i2),
    keyword: (name2) => keywordArg(args2, name2),
    keywords: () => {
      const out2 = [];
      for (const a of args2?.namedChildren ?? []) {
        const name2 = a?.type === "keyword_argument" ? a.childForFieldName("name")?.text : void 0;
        const value = a?.childForFieldName("value");
        if (name2 && value) out2.push({ name: name2, value });
      }
      return out2;
    }
  };
}

// src/resolve/codec-tables.ts
var CODE_PAGES = {
  cp037: "\0\x9C	\x86\x7F\x97\x8D\x8E\v\f\r\x9D\x85\b\x87\x92\x8F\x80\x81\x82\x83\x84\n\x1B\x88\x89\x8A\x8B\x8C\x07\x90\x91\x93\x94\x95\x96\x98\x99\x9A\x9B\x9E \xA0\xE2\xE4\xE0\xE1\xE3\xE5\xE7\xF1\xA2.<(+|&\xE9\xEA\xEB\xE8\xED\xEE\xEF\xEC\xDF!$*);\xAC-/\xC2\xC4\xC0\xC1\xC3\xC5\xC7\xD1\xA6,%_>?\xF8\xC9\xCA\xCB\xC8\xCD\xCE\xCF\xCC`:#@'=\"\xD8abcdefghi\xAB\xBB\xF0\xFD\xFE\xB1\xB0jklmnopqr\xAA\xBA\xE6\xB8\xC6\xA4\xB5~stuvwxyz\xA1\xBF\xD0\xDD\xDE\xAE^\xA3\xA5\xB7\xA9\xA7\xB6\xBC\xBD\xBE[]\xAF\xA8\xB4\xD7{ABCDEFGHI\xAD\xF4\xF6\xF2\xF3\xF5}JKLMNOPQR\xB9\xFB\xFC\xF9\xFA\xFF\\\xF7STUVWXYZ\xB2\xD4\xD6\xD2\xD3\xD50123456789\xB3\xDB\xDC\xD9\xDA\x9F",
  cp273: "\0\x9C	\x86\x7F\x97\x8D\x8E\v\f\r\x9D\x85\b\x87\x92\x8F\x80\x81\x82\x83\x84\n\x1B\x88\x89\x8A\x8B\x8C\x07\x90\x91\x93\x94\x95\x96\x98\x99\x9A\x9B\x9E \xA0\xE2{\xE0\xE1\xE3\xE5\xE7\xF1\xC4.<(+!&\xE9\xEA\xEB\xE8\xED\xEE\xEF\xEC~\xDC$*);^-/\xC2[\xC0\xC1\xC3\xC5\xC7\xD1\xF6,%_>?\xF8\xC9\xCA\xCB\xC8\xCD\xCE\xCF\xCC`:#\xA7'=\"\xD8abcdefghi\xAB\xBB\xF0\xFD\xFE\xB1\xB0jklmnopqr\xAA\xBA\xE6\xB8\xC6\xA4\xB5\xDFstuvwxyz\xA1\xBF\xD0\xDD\xDE\xAE\xA2\xA3\xA5\xB7\xA9@\xB6\xBC\xBD\xBE\xAC|\u203E\xA8\xB4\xD7\xE4ABCDEFGHI\xAD\xF4\xA6\xF2\xF3\xF5\xFCJKLMNOPQR\xB9\xFB}\xF9\xFA\xFF\xD6\xF7STUVWXYZ\xB2\xD4\\\xD2\xD3\xD50123456789\xB3\xDB]\xD9\xDA\x9F",
  cp500: "\0\x9C	\x86\x7F\x97\x8D\x8E\v\f\r\x9D\x85\b\x87\x92\x8F\x80\x81\x82\x83\x84\n\x1B\x88\x89\x8A\x8B\x8C\x07\x90\x91\x93\x94\x95\x96\x98\x99\x9A\x9B\x9E \xA0\xE2\xE4\xE0\xE1\xE3\xE5\xE7\xF1[.<(+!&\xE9\xEA\xEB\xE8\xED\xEE\xEF\xEC\xDF]$*);^-/\xC2\xC4\xC0\xC1\xC3\xC5\xC7\xD1\xA6,%_>?\xF8\xC9\xCA\xCB\xC8\xCD\xCE\xCF\xCC`:#@'=\"\xD8abcdefghi\xAB\xBB\xF0\xFD\xFE\xB1\xB0jklmnopqr\xAA\xBA\xE6\xB8\xC6\xA4\xB5~stuvwxyz\xA1\xBF\xD0\xDD\xDE\xAE\xA2\xA3\xA5\xB7\xA9\xA7\xB6\xBC\xBD\xBE\xAC|\xAF\xA8\xB4\xD7{ABCDEFGHI\xAD\xF4\xF6\xF2\xF3\xF5}JKLMNOPQR\xB9\xFB\xFC\xF9\xFA\xFF\\\xF7STUVWXYZ\xB2\xD4\xD6\xD2\xD3\xD50123456789\xB3\xDB\xDC\xD9\xDA\x9F",
  cp875: "\0\x9C	\x86\x7F\x97\x8D\x8E\v\f\r\x9D\x85\b\x87\x92\x8F\x80\x81\x82\x83\x84\n\x1B\x88\x89\x8A\x8B\x8C\x07\x90\x91\x93\x94\x95\x96\x98\x99\x9A\x9B\x9E \u0391\u0392\u0393\u0394\u0395\u0396\u0397\u0398\u0399[.<(+!&\u039A\u039B\u039C\u039D\u039E\u039F\u03A0\u03A1\u03A3]$*);^-/\u03A4\u03A5\u03A6\u03A7\u03A8\u03A9\u03AA\u03AB|,%_>?\xA8\u0386\u0388\u0389\xA0\u038A\u038C\u038E\u038F`:#@'=\"\u0385abcdefghi\u03B1\u03B2\u03B3\u03B4\u03B5\u03B6\xB0jklmnopqr\u03B7\u03B8\u03B9\u03BA\u03BB\u03BC\xB4~stuvwxyz\u03BD\u03BE\u03BF\u03C0\u03C1\u03C3\xA3\u03AC\u03AD\u03AE\u03CA\u03AF\u03CC\u03CD\u03CB\u03CE\u03C2\u03C4\u03C5\u03C6\u03C7\u03C8{ABCDEFGHI\xAD\u03C9\u0390\u03B0\u2018\u2015}JKLMNOPQR\xB1\xBD\u0387\u2019\xA6\\STUVWXYZ\xB2\xA7\xAB\xAC0123456789\xB3\xA9\xBB\x9F",
  cp1026: "\0\x9C	\x86\x7F\x97\x8D\x8E\v\f\r\x9D\x85\b\x87\x92\x8F\x80\x81\x82\x83\x84\n\x1B\x88\x89\x8A\x8B\x8C\x07\x90\x91\x93\x94\x95\x96\x98\x99\x9A\x9B\x9E \xA0\xE2\xE4\xE0\xE1\xE3\xE5{\xF1\xC7.<(+!&\xE9\xEA\xEB\xE8\xED\xEE\xEF\xEC\xDF\u011E\u0130*);^-/\xC2\xC4\xC0\xC1\xC3\xC5[\xD1\u015F,%_>?\xF8\xC9\xCA\xCB\xC8\xCD\xCE\xCF\xCC\u0131:\xD6\u015E'=\xDC\xD8abcdefghi\xAB\xBB}`\xA6\xB1\xB0jklmnopqr\xAA\xBA\xE6\xB8\xC6\xA4\xB5\xF6stuvwxyz\xA1\xBF]$@\xAE\xA2\xA3\xA5\xB7\xA9\xA7\xB6\xBC\xBD\xBE\xAC|\xAF\xA8\xB4\xD7\xE7ABCDEFGHI\xAD\xF4~\xF2\xF3\xF5\u011FJKLMNOPQR\xB9\xFB\\\xF9\xFA\xFF\xFC\xF7STUVWXYZ\xB2\xD4#\xD2\xD3\xD50123456789\xB3\xDB\"\xD9\xDA\x9F",
  cp1140: "\0\x9C	\x86\x7F\x97\x8D\x8E\v\f\r\x9D\x85\b\x87\x92\x8F\x80\x81\x82\x83\x84\n\x1B\x88\x89\x8A\x8B\x8C\x07\x90\x91\x93\x94\x95\x96\x98\x99\x9A\x9B\x9E \xA0\xE2\xE4\xE0\xE1\xE3\xE5\xE7\xF1\xA2.<(+|&\xE9\xEA\xEB\xE8\xED\xEE\xEF\xEC\xDF!$*);\xAC-/\xC2\xC4\xC0\xC1\xC3\xC5\xC7\xD1\xA6,%_>?\xF8\xC9\xCA\xCB\xC8\xCD\xCE\xCF\xCC`:#@'=\"\xD8abcdefghi\xAB\xBB\xF0\xFD\xFE\xB1\xB0jklmnopqr\xAA\xBA\xE6\xB8\xC6\u20AC\xB5~stuvwxyz\xA1\xBF\xD0\xDD\xDE\xAE^\xA3\xA5\xB7\xA9\xA7\xB6\xBC\xBD\xBE[]\xAF\xA8\xB4\xD7{ABCDEFGHI\xAD\xF4\xF6\xF2\xF3\xF5}JKLMNOPQR\xB9\xFB\xFC\xF9\xFA\xFF\\\xF7STUVWXYZ\xB2\xD4\xD6\xD2\xD3\xD50123456789\xB3\xDB\xDC\xD9\xDA\x9F",
  cp437: "\0\x07\b	\n\v\f\r\x1B !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7F\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0",
  cp850: "\0\x07\b	\n\v\f\r\x1B !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7F\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xF8\xA3\xD8\xD7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\xAE\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\xC1\xC2\xC0\xA9\u2563\u2551\u2557\u255D\xA2\xA5\u2510\u2514\u2534\u252C\u251C\u2500\u253C\xE3\xC3\u255A\u2554\u2569\u2566\u2560\u2550\u256C\xA4\xF0\xD0\xCA\xCB\xC8\u0131\xCD\xCE\xCF\u2518\u250C\u2588\u2584\xA6\xCC\u2580\xD3\xDF\xD4\xD2\xF5\xD5\xB5\xFE\xDE\xDA\xDB\xD9\xFD\xDD\xAF\xB4\xAD\xB1\u2017\xBE\xB6\xA7\xF7\xB8\xB0\xA8\xB7\xB9\xB3\xB2\u25A0\xA0"
};

// src/resolve/codecs.ts
function codecName(name2) {
  const n = name2.toLowerCase().replace(/[-_\s]/g, "");
  const aliases = {
    utf8: "utf8",
    u8: "utf8",
    utf: "utf8",
    cp65001: "utf8",
    latin1: "latin1",
    latin: "latin1",
    iso88591: "latin1",
    l1: "latin1",
    ascii: "ascii",
    usascii: "ascii",
    rot13: "rot13",
    hex: "hex",
    hexcodec: "hex",
    base64: "base64",
    base64codec: "base64",
    zlib: "zlib",
    zlibcodec: "zlib",
    bz2: "bz2",
    bz2codec: "bz2",
    utf16: "utf16le",
    utf16le: "utf16le",
    ibm037: "cp037",
    ibm039: "cp037",
    ebcdiccpus: "cp037",
    ibm500: "cp500",
    ibm1026: "cp1026",
    ibm1140: "cp1140",
    ibm273: "cp273",
    ibm437: "cp437",
    ibm850: "cp850"
  };
  return aliases[n] ?? n;
}
function decodeText(bytes, codec) {
  const c = codecName(codec);
  const table = CODE_PAGES[c];
  if (table) {
    let out2 = "";
    for (let i2 = 0; i2 < bytes.length; i2++) out2 += table[bytes.charCodeAt(i2) & 255];
    return out2;
  }
  if (c === "latin1") return bytes;
  if (c === "ascii") return /^[\x00-\x7f]*$/.test(bytes) ? bytes : void 0;
  if (c === "utf8") return Buffer.from(bytes, "latin1").toString("utf8");
  if (c === "utf16le") return Buffer.from(bytes, "latin1").toString("utf16le");
  return void 0;
}
function encodeText(text2, codec) {
  const c = codecName(codec);
  const table = CODE_PAGES[c];
  if (table) {
    let out2 = "";
    for (const ch of text2) {
      const i2 = table.indexOf(ch);
      if (i2 < 0) return void 0;
      out2 += String.fromCharCode(i2);
    }
    return out2;
  }
  if (c === "latin1") return /^[\x00-\xff]*$/.test(text2) ? text2 : void 0;
  if (c === "ascii") return /^[\x00-\x7f]*$/.test(text2) ? text2 : void 0;
  if (c === "utf8") return Buffer.from(text2, "utf8").toString("latin1");
  if (c === "utf16le") return Buffer.from(text2, "utf16le").toString("latin1");
  return void 0;
}
function rot13(s) {
  return s.replace(/[a-z]/gi, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode((c.charCodeAt(0) - base + 13) % 26 + base);
  });
}
function base64Decode(s, urlsafe = false) {
  const clean = s.replace(/[^A-Za-z0-9+/=_-]/g, "");
  return Buffer.from(clean, urlsafe ? "base64url" : "base64").toString("latin1");
}
function hexDecode(s) {
  const clean = s.replace(/\s/g, "");
  if (clean.length % 2 || !/^[0-9a-fA-F]*$/.test(clean)) return void 0;
  return Buffer.from(clean, "hex").toString("latin1");
}
function base32Decode(s) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const clean = s.toUpperCase().replace(/=+$/, "");
  let bits = 0;
  let acc = 0;
  let out2 = "";
  for (const ch of clean) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return void 0;
    acc = (acc << 5 | v) & 4095;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out2 += String.fromCharCode(acc >> bits & 255);
    }
  }
  return out2;
}
function base85Decode(s, ascii85) {
  const b85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
  let text2 = s.replace(/\s/g, "");
  if (ascii85) text2 = text2.replace(/^<~/, "").replace(/~>$/, "").replace(/z/g, "!!!!!");
  const digit = (ch) => ascii85 ? ch.charCodeAt(0) - 33 : b85.indexOf(ch);
  let out2 = "";
  for (let i2 = 0; i2 < text2.length; i2 += 5) {
    const chunk = text2.slice(i2, i2 + 5);
    const pad = 5 - chunk.length;
    let acc = 0;
    for (const ch of chunk.padEnd(5, ascii85 ? "u" : "~")) {
      const d = digit(ch);
      if (d < 0 || d > 84) return void 0;
      acc = acc * 85 + d;
    }
    if (acc > 4294967295) return void 0;
    const bytes = [acc >>> 24, acc >>> 16 & 255, acc >>> 8 & 255, acc & 255];
    out2 += String.fromCharCode(...bytes.slice(0, 4 - pad));
  }
  return out2;
}
function binaryDecode(fn, s) {
  switch (fn) {
    case "base64.b64decode":
    case "base64.standard_b64decode":
    case "base64.decodebytes":
    case "base64.decodestring":
    case "binascii.a2b_base64":
      return base64Decode(s);
    case "base64.urlsafe_b64decode":
      return base64Decode(s, true);
    case "base64.b32decode":
      return base32Decode(s);
    case "base64.b16decode":
    case "binascii.unhexlify":
    case "binascii.a2b_hex":
    case "builtins.bytes.fromhex":
    case "builtins.bytearray.fromhex":
      return hexDecode(s);
    case "base64.b85decode":
      return base85Decode(s, false);
    case "base64.a85decode":
      return base85Decode(s, true);
    default:
      return void 0;
  }
}
var BINARY_DECODERS = /* @__PURE__ */ new Set([
  "base64.b64decode",
  "base64.standard_b64decode",
  "base64.decodebytes",
  "base64.decodestring",
  "binascii.a2b_base64",
  "base64.urlsafe_b64decode",
  "base64.b32decode",
  "base64.b16decode",
  "binascii.unhexlify",
  "binascii.a2b_hex",
  "builtins.bytes.fromhex",
  "builtins.bytearray.fromhex",
  "base64.b85decode",
  "base64.a85decode"
]);

// src/resolve/decoders.ts
function decodeCall(fn, arg, second) {
  if (arg.kind !== "text" || arg.holes.length || arg.text.length > MAX_TEXT * 2) return { kind: "unknown" };
  let out2;
  if (BINARY_DECODERS.has(fn)) out2 = binaryDecode(fn, arg.text);
  else if (fn === "codecs.decode") {
    const codec = second.kind === "text" ? codecName(second.text) : "utf8";
    if (codec === "rot13") out2 = rot13(arg.text);
    else if (codec === "hex") out2 = binaryDecode("binascii.unhexlify", arg.text);
    else if (codec === "base64") out2 = binaryDecode("base64.b64decode", arg.text);
    else out2 = decodeText(arg.text, codec);
  }
  if (out2 === void 0 || !/^[\x20-\x7e]*$/.test(out2)) return { kind: "unknown" };
  return { kind: "text", text: out2, holes: [], decoded: true };
}

// src/resolve/library-models.ts
function libraryCall(f, node, scope, resolve) {
  const args2 = node.childForFieldName("arguments");
  const positional = (i2) => positionalArg(args2, i2);
  switch (f.name) {
    case "functools.partial": {
      const target = resolve(positional(0));
      if (target.kind !== "qualified") return UNKNOWN;
      return { kind: "qualified", name: target.name, origins: [...target.origins, { node, scope, shift: 1 }] };
    }
    case "os.getenv":
    case "os.environ.get":
    case "os.environ.setdefault": {
      const k = resolve(positional(0) ?? keywordArg(args2, "key"));
      if (k.kind !== "text" || k.holes.length) return UNKNOWN;
      const d = positional(1) ?? keywordArg(args2, "default");
      const dv = d ? resolve(d) : UNKNOWN;
      return informative(dv) ? { kind: "env", name: k.text, default: dv } : { kind: "env", name: k.text };
    }
    case "builtins.__import__":
    case "importlib.import_module": {
      const m = resolve(positional(0));
      if (m.kind === "text" && !m.holes.length && /^[A-Za-z_][\w.]*$/.test(m.text)) {
        const name2 = f.name === "builtins.__import__" && !keywordArg(args2, "fromlist") ? m.text.split(".")[0] : m.text;
        return { kind: "qualified", name: name2, origins: [] };
      }
      return UNKNOWN;
    }
    case "builtins.getattr": {
      const obj = resolve(positional(0));
      const attr = resolve(positional(1));
      if (obj.kind === "qualified" && attr.kind === "text" && !attr.holes.length && /^[A-Za-z_]\w*$/.test(attr.text))
        return { kind: "qualified", name: `${obj.name}.${attr.text}`, origins: obj.origins };
      return UNKNOWN;
    }
    case "urllib.parse.urljoin":
    case "urlparse.urljoin": {
      const a = resolve(positional(0));
      const b = resolve(positional(1));
      if (b.kind === "text" && /^[a-z][a-z0-9+.-]*:\/\//i.test(b.text)) return b;
      if (a.kind === "text" && b.kind === "text" && !a.holes.length && !b.holes.length && !b.text.startsWith("//")) {
        try {
          return { kind: "text", text: new URL(b.text, a.text).href, holes: [], decoded: a.decoded };
        } catch {
        }
      }
      if (a.kind === "text") {
        const sep = /^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(a.text) ? "/" : "";
        return { kind: "text", text: a.text + sep + HOLE, holes: [...a.holes, b], decoded: a.decoded };
      }
      return a.kind === "unknown" ? UNKNOWN : a;
    }
    // Class field declarations: the default is the value; a factory leaves it to the annotation
    // (`app_session: AppSession = attr.Factory(AppSession)`, `field(default_factory=...)`).
    case "dataclasses.field":
    case "attr.ib":
    case "attr.attrib":
    case "attr.field":
    case "attrs.field":
    case "pydantic.Field":
    case "pydantic.fields.Field":
    case "sqlmodel.Field": {
      const d = keywordArg(args2, "default") ?? (f.name.includes("pydantic") ? positional(0) : void 0);
      const v = d ? resolve(d) : UNKNOWN;
      return informative(v) ? v : UNKNOWN;
    }
    case "attr.Factory":
    case "attrs.Factory":
      return UNKNOWN;
    // `cast("Provider", client)`: the value is the second argument (the first is only a type).
    case "typing.cast":
    case "typing_extensions.cast":
      return resolve(positional(1));
  }
  if (f.name.endsWith(".__dict__.get")) {
    const k = resolve(positional(0));
    if (k.kind === "text" && !k.holes.length && /^[A-Za-z_]\w*$/.test(k.text))
      return { kind: "qualified", name: `${f.name.slice(0, -".__dict__.get".length)}.${k.text}`, origins: [] };
  }
  if (f.name === "codecs.decode" || BINARY_DECODERS.has(f.name))
    return decodeCall(f.name, resolve(positional(0)), resolve(positional(1) ?? keywordArg(args2, "encoding")));
  return void 0;
}

// src/resolve/strings.ts
var HOLE2 = "\0";
var MAX_TEXT2 = 4096;
var ESCAPES = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0" };
function decodeStringLiteral(node, resolve) {
  if (node.type === "concatenated_string") {
    let text3 = "";
    const holes2 = [];
    for (const part of node.namedChildren) {
      if (!part) continue;
      const v = decodeStringLiteral(part, resolve);
      if (v.kind !== "text") return { kind: "unknown" };
      text3 += v.text;
      holes2.push(...v.holes);
    }
    return text3.length > MAX_TEXT2 ? { kind: "unknown" } : { kind: "text", text: text3, holes: holes2 };
  }
  if (node.endIndex - node.startIndex > MAX_TEXT2 * 4) return { kind: "unknown" };
  const prefix = node.firstChild?.text.replace(/["']+$/, "") ?? "";
  const raw = /r/i.test(prefix);
  const f = /f/i.test(prefix);
  let text2 = "";
  const holes = [];
  let decoded = false;
  for (const c of node.namedChildren) {
    if (!c) continue;
    if (c.type === "string_content") {
      let t = raw ? c.text : unescapeContent(c.text);
      if (f) t = t.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
      text2 += t;
    } else if (c.type === "interpolation") {
      const v = resolve(c.childForFieldName("expression"));
      const plain2 = !c.childForFieldName("type_conversion") && !c.childForFieldName("format_specifier");
      if (plain2 && v.kind === "text" && text2.length + v.text.length <= MAX_TEXT2) {
        text2 += v.text;
        holes.push(...v.holes);
        decoded ||= !!v.decoded;
      } else {
        text2 += HOLE2;
        holes.push(v);
      }
    }
  }
  return decoded ? { kind: "text", text: text2, holes, decoded } : { kind: "text", text: text2, holes };
}
function unescape(seq) {
  const c = seq[1] ?? "";
  if (c in ESCAPES) return ESCAPES[c];
  if (c === "x" && seq.length === 4) return String.fromCharCode(parseInt(seq.slice(2), 16));
  if (c === "u" && seq.length === 6 || c === "U" && seq.length === 10) {
    const cp = parseInt(seq.slice(2), 16);
    return cp < 1114112 ? String.fromCodePoint(cp) : "";
  }
  if (/^[0-7]{1,3}$/.test(seq.slice(1))) return String.fromCharCode(parseInt(seq.slice(1), 8));
  if (c === "\n") return "";
  return seq;
}
function unescapeContent(s) {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (m) => unescape(m));
}
function destinationOf(text2, holes) {
  let rest = text2.trim();
  let scheme;
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]{0,20}):\/\//.exec(rest);
  if (m) {
    scheme = m[1].toLowerCase();
    rest = rest.slice(m[0].length);
  } else if (/^[a-zA-Z][a-zA-Z0-9+.-]{0,20}:[^/\d]/.test(rest) && !rest.includes(HOLE2)) {
    return {};
  }
  const end = rest.search(/[/?#\s]/);
  let authority = end < 0 ? rest : rest.slice(0, end);
  const at = authority.lastIndexOf("@");
  if (at >= 0) authority = authority.slice(at + 1);
  if (!authority) return { scheme };
  if (authority.includes(HOLE2)) {
    const before = text2.slice(0, text2.indexOf(authority)).split(HOLE2).length - 1;
    const within = authority.split(HOLE2).length - 1;
    return { scheme, hostHoles: holes.slice(before, before + within) };
  }
  let host = authority.toLowerCase();
  if (scheme && /^(s3|s3a|s3n|gs|gcs|az|abfs|abfss|adl|wasb|wasbs|oci|oss|hf)$/.test(scheme))
    host = `${scheme}://${host}`;
  else if (!/^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(:\d{1,5})?$/.test(host)) return { scheme };
  else if (!scheme && !host.includes(".") && !/^localhost(:\d+)?$/.test(host) && !host.startsWith("[")) return {};
  return { host, scheme };
}

// src/resolve/annotations.ts
function annotationType(r, ann, scope, depth) {
  if (!ann) return UNKNOWN;
  if (depth > MAX_DEPTH) return r.cut();
  switch (ann.type) {
    case "type":
    case "type_parameter":
    case "parenthesized_expression":
      for (const c of ann.namedChildren) {
        const t = annotationType(r, c, scope, depth + 1);
        if (t.kind === "qualified" || t.kind === "instance") return t;
      }
      return UNKNOWN;
    case "string": {
      if (ann.text.includes("\\")) return UNKNOWN;
      const s = decodeStringLiteral(ann, () => UNKNOWN);
      return s.kind === "text" && !s.holes.length ? annotationText(r, s.text, scope, depth) : UNKNOWN;
    }
    case "binary_operator": {
      const l = annotationType(r, ann.childForFieldName("left"), scope, depth + 1);
      return l.kind === "qualified" || l.kind === "instance" ? l : annotationType(r, ann.childForFieldName("right"), scope, depth + 1);
    }
    case "generic_type":
    case "subscript": {
      const head = ann.type === "subscript" ? ann.childForFieldName("value") : ann.firstNamedChild;
      if (!head || !/(^|\.)(Optional|Union|Annotated)$/.test(head.text)) return UNKNOWN;
      const args2 = ann.type === "subscript" ? ann.childrenForFieldName("subscript") : ann.namedChildren.slice(1);
      for (const a of args2) {
        const t = annotationType(r, a, scope, depth + 1);
        if (t.kind === "qualified" || t.kind === "instance") return t;
        if (head.text.endsWith("Annotated")) break;
      }
      return UNKNOWN;
    }
    case "identifier":
    case "attribute": {
      const t = r.value(ann, scope, depth + 1);
      if (t.kind === "qualified" && !t.name.startsWith("typing.") && !t.name.startsWith("builtins."))
        return { kind: "qualified", name: `${t.name}()`, origins: [] };
      if (t.kind === "class") return r.baseInstance(t.scope, void 0, depth);
      return UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}
function annotationText(r, text2, scope, depth) {
  let t = text2.replace(/\s+/g, "");
  if (t.length > 200) return UNKNOWN;
  for (let i2 = 0; i2 < 4; i2++) {
    const m = /^(?:typing\.)?(?:Optional|Union|Annotated)\[(.*)\]$/.exec(t);
    if (!m) break;
    t = m[1];
  }
  for (const part of t.split(/[|,]/)) {
    if (!/^[A-Za-z_][\w.]*$/.test(part) || part === "None") continue;
    const parts2 = part.split(".");
    const base = r.name(parts2[0], Infinity, scope, depth + 1);
    if (base.kind === "qualified")
      return { kind: "qualified", name: [base.name, ...parts2.slice(1)].join(".") + "()", origins: [] };
    if (base.kind === "class" && parts2.length === 1) return r.baseInstance(base.scope, void 0, depth);
  }
  return UNKNOWN;
}

// src/resolve/sequences.ts
function sliceBounds(node, evaluate) {
  const parts2 = [void 0];
  for (const c of node.children) {
    if (!c) continue;
    if (c.type === ":") {
      parts2.push(void 0);
      continue;
    }
    const v = evaluate(c);
    if (v.kind !== "number" && v.kind !== "none") return void 0;
    parts2[parts2.length - 1] = v.kind === "number" ? v.n : void 0;
  }
  const step = parts2[2] ?? 1;
  if (step === 0 || !Number.isInteger(step)) return void 0;
  return { start: parts2[0], stop: parts2[1], step };
}
function sliceIndices(len, b) {
  const norm = (i2, dflt, lo, hi) => {
    if (i2 === void 0) return dflt;
    const j = i2 < 0 ? i2 + len : i2;
    return Math.min(Math.max(j, lo), hi);
  };
  const out2 = [];
  if (b.step > 0) {
    const start2 = norm(b.start, 0, 0, len);
    const stop2 = norm(b.stop, len, 0, len);
    for (let i2 = start2; i2 < stop2; i2 += b.step) out2.push(i2);
  } else {
    const start2 = norm(b.start, len - 1, -1, len - 1);
    const stop2 = norm(b.stop, -1, -1, len - 1);
    for (let i2 = start2; i2 > stop2; i2 += b.step) out2.push(i2);
  }
  return out2;
}
function sliceOf(s, b) {
  if (b.step === 1) {
    const idx = sliceIndices(s.length, { ...b, step: 1 });
    return idx.length ? s.slice(idx[0], idx[idx.length - 1] + 1) : "";
  }
  if (b.step === -1 && b.start === void 0 && b.stop === void 0) return [...s].reverse().join("");
  return sliceIndices(s.length, b).map((i2) => s[i2]).join("");
}
function indexOf(len, i2) {
  const j = i2 < 0 ? i2 + len : i2;
  return Number.isInteger(j) && j >= 0 && j < len ? j : void 0;
}

// src/resolve/folding.ts
var MAX_ITEMS = 1024;
function text(t, decoded) {
  if (t.length > MAX_TEXT) return UNKNOWN;
  return decoded ? { kind: "text", text: t, holes: [], decoded } : { kind: "text", text: t, holes: [] };
}
function constText(v) {
  return v.kind === "text" && !v.holes.length;
}
function foldNode(node, evaluate) {
  switch (node.type) {
    case "integer": {
      const t = node.text.replace(/_/g, "").toLowerCase();
      const n = /^0[xob]/.test(t) ? Number(t) : /^\d+$/.test(t) ? Number(t) : NaN;
      return Number.isSafeInteger(n) ? { kind: "number", n } : UNKNOWN;
    }
    case "unary_operator": {
      const v = evaluate(node.childForFieldName("argument"));
      const op = node.childForFieldName("operator")?.text;
      if (v.kind !== "number") return UNKNOWN;
      return { kind: "number", n: op === "-" ? -v.n : op === "~" ? ~v.n : v.n };
    }
    case "list":
    case "tuple":
    case "set": {
      const items = node.namedChildren.filter((c) => !!c && c.type !== "comment");
      if (items.length > MAX_ITEMS || items.some((c) => c.type === "list_splat")) return UNKNOWN;
      return { kind: "seq", items: items.map((c) => evaluate(c)) };
    }
    case "dictionary": {
      const pairs = node.namedChildren.filter((c) => c?.type === "pair");
      if (pairs.length > MAX_ITEMS || pairs.length !== node.namedChildren.filter((c) => c?.type !== "comment").length)
        return UNKNOWN;
      return {
        kind: "seq",
        keys: pairs.map((p) => evaluate(p.childForFieldName("key"))),
        items: pairs.map((p) => evaluate(p.childForFieldName("value")))
      };
    }
    case "generator_expression":
    case "list_comprehension":
      return comprehension(node, evaluate);
    default:
      return void 0;
  }
}
function foldNumbers(op, l, r) {
  if (l.kind !== "number" || r.kind !== "number") return void 0;
  const a = l.n;
  const b = r.n;
  const ops = {
    "+": () => a + b,
    "-": () => a - b,
    "*": () => a * b,
    "//": () => b ? Math.floor(a / b) : NaN,
    "%": () => b ? (a % b + b) % b : NaN,
    "^": () => a ^ b,
    "&": () => a & b,
    "|": () => a | b,
    "<<": () => b >= 0 && b < 32 ? a << b : NaN,
    ">>": () => b >= 0 && b < 32 ? a >> b : NaN
  };
  const n = op && ops[op] ? ops[op]() : NaN;
  return Number.isSafeInteger(n) ? { kind: "number", n } : UNKNOWN;
}
function foldSubscript(obj, sub, evaluate) {
  if (!sub || obj.kind !== "text" && obj.kind !== "seq") return void 0;
  if (sub.type === "slice") {
    const b = sliceBounds(sub, (n) => evaluate(n));
    if (!b) return UNKNOWN;
    if (obj.kind === "text") return constText(obj) ? text(sliceOf(obj.text, b), !!obj.decoded || b.step < 0) : UNKNOWN;
    const items = sliceIndices(obj.items.length, b).map((i3) => obj.items[i3]);
    return { kind: "seq", items, decoded: !!obj.decoded || b.step < 0 };
  }
  const key = evaluate(sub);
  if (obj.kind === "seq" && obj.keys) {
    if (!constText(key) && key.kind !== "number") return UNKNOWN;
    const i3 = obj.keys.findIndex(
      (k) => key.kind === "number" ? k.kind === "number" && k.n === key.n : constText(k) && k.text === key.text
    );
    return i3 >= 0 ? obj.items[i3] : UNKNOWN;
  }
  if (key.kind !== "number") return UNKNOWN;
  if (obj.kind === "seq") {
    const i3 = indexOf(obj.items.length, key.n);
    return i3 === void 0 ? UNKNOWN : obj.items[i3];
  }
  const i2 = constText(obj) ? indexOf(obj.text.length, key.n) : void 0;
  return i2 === void 0 ? UNKNOWN : text(obj.text[i2], !!obj.decoded);
}
function itemsOf(v) {
  if (v.kind === "seq") return v.items;
  if (constText(v) && v.text.length <= MAX_ITEMS) return [...v.text].map((c) => text(c, !!v.decoded));
  return void 0;
}
function applyBuiltin(name2, args2) {
  const [a, b] = args2;
  switch (name2) {
    case "builtins.chr":
      return a?.kind === "number" && a.n >= 0 && a.n < 1114112 ? text(String.fromCodePoint(a.n), true) : UNKNOWN;
    case "builtins.ord":
      return a && constText(a) && [...a.text].length === 1 ? { kind: "number", n: a.text.codePointAt(0) } : UNKNOWN;
    case "builtins.int":
      if (a?.kind === "number") return a;
      if (a && constText(a)) {
        const base = b?.kind === "number" ? b.n : 10;
        const n = parseInt(a.text.trim(), base);
        return Number.isSafeInteger(n) ? { kind: "number", n } : UNKNOWN;
      }
      return UNKNOWN;
    case "builtins.str":
      if (a?.kind === "number" && !b) return text(String(a.n), false);
      if (a && constText(a) && b && constText(b)) {
        const out2 = decodeText(a.text, b.text);
        return out2 === void 0 ? UNKNOWN : text(out2, !!a.decoded);
      }
      return a && constText(a) && !b ? a : void 0;
    default:
      return void 0;
  }
}
function foldBuiltinCall(name2, call, evaluate) {
  if (!name2.startsWith("builtins.")) return void 0;
  const args2 = call.childForFieldName("arguments");
  const arg = (i2) => positionalArg(args2, i2);
  switch (name2) {
    case "builtins.bytes":
    case "builtins.bytearray": {
      const a = arg(0) ? evaluate(arg(0)) : UNKNOWN;
      const items = a.kind === "seq" ? a.items : void 0;
      if (!items) return constText(a) ? a : void 0;
      if (!items.every((v) => v.kind === "number" && v.n >= 0 && v.n < 256)) return UNKNOWN;
      return text(String.fromCharCode(...items.map((v) => v.n)), true);
    }
    case "builtins.reversed": {
      const items = itemsOf(evaluate(arg(0)));
      return items ? { kind: "seq", items: [...items].reverse(), decoded: true } : UNKNOWN;
    }
    case "builtins.list":
    case "builtins.tuple": {
      const items = itemsOf(evaluate(arg(0)));
      return items ? { kind: "seq", items } : UNKNOWN;
    }
    case "builtins.vars": {
      const m = evaluate(arg(0));
      return m.kind === "qualified" ? { kind: "qualified", name: `${m.name}.__dict__`, origins: [] } : void 0;
    }
    case "builtins.map": {
      const f = evaluate(arg(0));
      const items = itemsOf(evaluate(arg(1)));
      if (f.kind !== "qualified" || !items) return UNKNOWN;
      const out2 = items.map((v) => applyBuiltin(f.name, [v]) ?? UNKNOWN);
      return out2.every((v) => v.kind !== "unknown") ? { kind: "seq", items: out2 } : UNKNOWN;
    }
    default: {
      if (!["builtins.chr", "builtins.ord", "builtins.int", "builtins.str"].includes(name2)) return void 0;
      const vals = [0, 1].map((i2) => arg(i2) ? evaluate(arg(i2)) : void 0).filter((v) => !!v);
      return applyBuiltin(name2, vals);
    }
  }
}
function joinValue(sep, arg) {
  const items = itemsOf(arg);
  if (!items || !constText(sep) || !items.every(constText)) return UNKNOWN;
  const parts2 = items;
  const decoded = arg.kind === "seq" && !!arg.decoded || parts2.some((p) => p.decoded);
  return text(parts2.map((p) => p.text).join(sep.text), decoded);
}
function comprehension(node, evaluate) {
  const clauses = node.namedChildren.filter((c) => c?.type === "for_in_clause" || c?.type === "if_clause");
  const forIn = clauses[0];
  if (clauses.length !== 1 || !forIn) return UNKNOWN;
  const target = forIn.childForFieldName("left");
  const body2 = node.childForFieldName("body");
  const items = itemsOf(evaluate(forIn.childForFieldName("right")));
  if (target?.type !== "identifier" || !body2 || !items) return UNKNOWN;
  const out2 = [];
  for (const item of items) {
    const inner = (n) => {
      if (!n) return UNKNOWN;
      if (n.type === "identifier" && n.text === target.text) return item;
      if (!mentions(n, target.text)) return evaluate(n);
      if (n.type === "parenthesized_expression") return inner(n.firstNamedChild);
      if (n.type === "binary_operator") {
        const op = n.childForFieldName("operator")?.text;
        const l = inner(n.childForFieldName("left"));
        const r = inner(n.childForFieldName("right"));
        return foldNumbers(op, l, r) ?? (op === "+" && constText(l) && constText(r) ? text(l.text + r.text, true) : UNKNOWN);
      }
      if (n.type === "call") {
        const f = evaluate(n.childForFieldName("function"));
        return f.kind === "qualified" ? foldBuiltinCall(f.name, n, inner) ?? UNKNOWN : UNKNOWN;
      }
      if (n.type === "subscript")
        return foldSubscript(inner(n.childForFieldName("value")), n.childForFieldName("subscript"), inner) ?? UNKNOWN;
      return foldNode(n, inner) ?? UNKNOWN;
    };
    const v = inner(body2);
    if (v.kind === "unknown") return UNKNOWN;
    out2.push(v);
  }
  return { kind: "seq", items: out2, decoded: /\bchr\b/.test(body2.text) };
}
function mentions(n, name2) {
  if (n.type === "identifier") return n.text === name2;
  return n.descendantsOfType("identifier").some((d) => d?.text === name2);
}

// src/resolve/formatting.ts
function formatString(s, args2, resolve) {
  if (s.holes.length) {
    const holes2 = [...s.holes];
    const text3 = s.text.replace(/\{[^{}]{0,64}\}/g, () => (holes2.push(UNKNOWN), HOLE));
    return { kind: "text", text: text3, holes: holes2, decoded: s.decoded };
  }
  const holes = [];
  let auto = 0;
  const text2 = s.text.replace(/\{\{/g, "").replace(/\}\}/g, "").replace(/\{([^{}!:]{0,64})(![rsa])?(:[^{}]{0,64})?\}/g, (_m, field, conv, spec) => {
    const key = field.split(/[.[]/)[0];
    const n = key === "" ? positionalArg(args2, auto++) : /^\d+$/.test(key) ? positionalArg(args2, Number(key)) : keywordArg(args2, key);
    const v = n && key === field && !conv && !spec ? resolve(n) : UNKNOWN;
    return splice(v, holes);
  }).replace(/\u0001/g, "{").replace(/\u0002/g, "}");
  if (text2.length > MAX_TEXT) return UNKNOWN;
  return { kind: "text", text: text2, holes, decoded: s.decoded };
}
function percentFormat(l, right, r, resolve) {
  const items = right?.type === "tuple" || right?.type === "parenthesized_expression" && right.firstNamedChild?.type === "tuple" ? (right.type === "tuple" ? right : right.firstNamedChild).namedChildren : void 0;
  let i2 = 0;
  const holes = [...l.holes];
  if (l.holes.length && l.text.includes("%")) return { kind: "text", text: l.text, holes, decoded: l.decoded };
  const text2 = l.text.replace(/%%/g, "").replace(
    /%(\([^)]{0,64}\))?[-#0 +]{0,4}\d{0,4}(?:\.\d{1,4})?([sdirfxXoeEgGc])/g,
    (m, named2, conv) => {
      const item = named2 ? void 0 : items ? items[i2++] : i2++ === 0 ? right : void 0;
      const v = item ? resolve(item) : named2 ? UNKNOWN : r;
      return splice(conv === "s" && !/\d/.test(m) ? v : v.kind === "text" ? UNKNOWN : v, holes);
    }
  ).replace(/\u0001/g, "%");
  if (text2.length > MAX_TEXT) return UNKNOWN;
  return { kind: "text", text: text2, holes, decoded: l.decoded };
}

// src/resolve/operators.ts
var KEEPS = /* @__PURE__ */ new Set(["strip", "rstrip", "lstrip", "lower", "decode", "encode"]);
function binaryValue(node, l, r, evaluate) {
  const op = node.childForFieldName("operator")?.text;
  if (op === "+") {
    if (l.kind !== "text" && r.kind !== "text") return UNKNOWN;
    const ls = asString(l);
    const rs = asString(r);
    if (ls.text.length + rs.text.length > MAX_TEXT) return UNKNOWN;
    return {
      kind: "text",
      text: ls.text + rs.text,
      holes: [...ls.holes, ...rs.holes],
      decoded: ls.decoded || rs.decoded
    };
  }
  if (op === "%" && l.kind === "text") return percentFormat(l, node.childForFieldName("right"), r, evaluate);
  return UNKNOWN;
}
function stringMethod(fn, args2, evaluate) {
  const method = fn.childForFieldName("attribute")?.text;
  const object = fn.childForFieldName("object");
  if (method === "fromhex" && object?.text === "bytes")
    return decodeCall("builtins.bytes.fromhex", evaluate(positionalArg(args2, 0)), UNKNOWN);
  const recv = evaluate(object);
  if ((recv.kind === "env" || recv.kind === "param") && KEEPS.has(method ?? "")) return recv;
  if (recv.kind !== "text") return UNKNOWN;
  switch (method) {
    case "format":
      return formatString(recv, args2, evaluate);
    case "decode": {
      const enc = evaluate(positionalArg(args2, 0) ?? keywordArg(args2, "encoding"));
      const bytesLiteral = object?.type === "string" && /^[rR]?[bB]/.test(object.text);
      if (!bytesLiteral || recv.holes.length || /[^\x00-\xff]/.test(recv.text)) return recv;
      const codec = enc.kind === "text" && !enc.holes.length ? enc.text : "utf-8";
      const out2 = decodeText(recv.text, codec);
      return out2 === void 0 ? UNKNOWN : { kind: "text", text: out2, holes: [], decoded: recv.decoded || codec !== "utf-8" };
    }
    case "encode":
    case "strip":
    case "lower":
    case "rstrip":
    case "lstrip":
      return recv;
    case "join":
      return joinValue(recv, evaluate(positionalArg(args2, 0)));
    case "replace": {
      const [a, b] = [evaluate(positionalArg(args2, 0)), evaluate(positionalArg(args2, 1))];
      if (recv.holes.length || a.kind !== "text" || b.kind !== "text" || !a.text || a.holes.length || b.holes.length)
        return UNKNOWN;
      const out2 = recv.text.split(a.text).join(b.text);
      return out2.length > MAX_TEXT ? UNKNOWN : { ...recv, text: out2 };
    }
    default:
      return UNKNOWN;
  }
}
function fallbackValue(node, evaluate) {
  const conditional = node.type === "conditional_expression";
  const isOr = conditional || node.childForFieldName("operator")?.text === "or";
  const a = evaluate(conditional ? node.namedChildren[0] : node.childForFieldName("left"));
  if (!isOr && a.kind !== "unknown" && a.kind !== "none") return a;
  const b = evaluate(conditional ? node.namedChildren[2] : node.childForFieldName("right"));
  if (!isOr) return b;
  if ((a.kind === "env" || a.kind === "param") && informative(b)) return withFallback(a, b);
  for (const v of [a, b]) if (v.kind !== "unknown" && v.kind !== "none") return v;
  return UNKNOWN;
}
function subscriptValue(node, evaluate) {
  const obj = evaluate(node.childForFieldName("value"));
  const sub = node.childForFieldName("subscript");
  if (obj.kind === "qualified" && sub?.type !== "slice") {
    const key = evaluate(sub);
    if (key.kind !== "text" || key.holes.length) return UNKNOWN;
    if (obj.name === "os.environ") return { kind: "env", name: key.text };
    if ((obj.name === "builtins.locals()" || obj.name === "builtins.globals()") && key.text === "__builtins__")
      return { kind: "qualified", name: "builtins", origins: [] };
    if (obj.name.endsWith(".__dict__") && /^[A-Za-z_]\w*$/.test(key.text))
      return { kind: "qualified", name: `${obj.name.slice(0, -".__dict__".length)}.${key.text}`, origins: [] };
    return UNKNOWN;
  }
  return foldSubscript(obj, sub, evaluate) ?? UNKNOWN;
}

// src/resolve/substitute.ts
function argumentFor(call, fn, param, bound2) {
  const args2 = "positional" in call ? call : callArgs(call);
  const params = fn.params();
  const splat2 = fn.splats?.get(param);
  if (splat2 === "**") return args2.keywords().find((k) => !params.includes(k.name))?.value;
  const byName = splat2 ? void 0 : args2.keyword(param);
  if (byName) return byName;
  const i2 = params.indexOf(param) - (bound2 ? 1 : 0);
  return i2 >= 0 ? args2.positional(i2) : void 0;
}
function substitute(template, param, arg) {
  if (template.kind === "param") return template.name === param ? arg : void 0;
  if (template.kind !== "text") return void 0;
  const parts2 = template.text.split(HOLE);
  const holes = [];
  let text2 = parts2[0];
  for (let i2 = 1; i2 < parts2.length; i2++) {
    const h = template.holes[i2 - 1] ?? { kind: "unknown" };
    text2 += h.kind === "param" && h.name === param ? splice(arg, holes) : splice(h, holes);
    text2 += parts2[i2];
  }
  return { kind: "text", text: text2, holes };
}
function paramsIn(v, params) {
  if (v.kind === "param") return params.includes(v.name) ? [v.name] : [];
  if (v.kind !== "text") return [];
  const out2 = /* @__PURE__ */ new Set();
  for (const h of v.holes) if (h.kind === "param" && params.includes(h.name)) out2.add(h.name);
  return [...out2];
}

// src/resolve/values.ts
var BUILTINS = new Set(
  "__import__ getattr exec eval compile open chr ord int bytes bytearray str vars reversed map list tuple locals globals".split(
    " "
  )
);
var Resolver = class {
  /**
   * `link`: the project index (names imported from other project modules); `root`: the module scope
   * this resolver owns — nodes of other modules are resolved by their own resolver (node ids are per tree).
   */
  constructor(link, root) {
    this.link = link;
    this.root = root;
    this.budget = link?.budget ?? new Budget();
  }
  link;
  root;
  memo = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  /** Shared with every module the project index reaches from the analysed file. */
  budget;
  /** Set when the work budget ran out: later values may be unknown and the file gets a note. */
  get exhausted() {
    return this.budget.exhausted;
  }
  /** A call site of the file begins (past the budget, each gets a small grace: link.ts). */
  nextSite() {
    this.budget.nextSite();
  }
  /** Resolve a node in a scope. Results are memoised per node (scope is implied by the node). */
  value(node, scope, depth = 0) {
    if (!node) return UNKNOWN;
    if (this.root && scope.root !== this.root) {
      const owner = this.link?.resolverOf(scope.root);
      return owner && owner !== this ? owner.value(node, scope, depth) : UNKNOWN;
    }
    const b = this.budget;
    const cached = this.memo.get(node.id);
    if (cached && b.reuse(cached)) return cached.v;
    if (depth > MAX_DEPTH) return UNKNOWN;
    const mark = b.mark();
    if (this.active.has(node.id) || !b.step()) {
      b.cuts++;
      return UNKNOWN;
    }
    const cutsBefore = b.cuts;
    this.active.add(node.id);
    const v = this.compute(node, scope, depth);
    this.active.delete(node.id);
    if (b.cuts === cutsBefore) this.memo.set(node.id, b.made(mark, { v }));
    return v;
  }
  /**
   * Resolve a scope's plain aliases (`a2 = a1`, `r = requests`) in source order, so a chain of any
   * length is followed one memoised step at a time instead of by one deep recursion.
   */
  warm(scope) {
    const aliases = [];
    for (const list of scope.names.values()) {
      for (const b of list) {
        if (b.k === "expr" && (b.node.type === "identifier" || b.node.type === "attribute")) aliases.push(b);
      }
    }
    aliases.sort((x, y) => x.at - y.at);
    for (const b of aliases) this.value(b.node, b.scope);
  }
  cut() {
    this.budget.cuts++;
    return UNKNOWN;
  }
  compute(node, scope, depth) {
    switch (node.type) {
      case "identifier":
        return this.name(node.text, node.startIndex, scope, depth);
      case "attribute": {
        const obj = node.childForFieldName("object");
        const attr = node.childForFieldName("attribute")?.text;
        if (!obj || !attr) return UNKNOWN;
        if (obj.type === "identifier" && scope.cls && obj.text === scope.selfName) {
          const set = scope.cls.selfAttrs.get(attr);
          const own = set ?? scope.cls.scope.names.get(attr);
          if (own) return bound(this.member(this.bindings(own, node.startIndex, depth), depth), !set);
          const inherited = this.inheritedMember(scope.cls.scope, attr, depth);
          if (inherited) return bound(this.member(this.bindings(inherited, Infinity, depth), depth), true);
          const b = this.baseOf(scope.cls.scope, depth);
          return b.kind === "qualified" ? { kind: "qualified", name: `${b.name}().${attr}`, origins: [] } : UNKNOWN;
        }
        return this.attributeOf(this.value(obj, scope, depth + 1), attr, depth);
      }
      case "call":
        return this.call(node, scope, depth);
      case "string":
      case "concatenated_string":
        return decodeStringLiteral(node, (n) => this.value(n, scope, depth + 1));
      case "parenthesized_expression":
      case "await":
      case "expression_statement":
        return this.value(node.firstNamedChild, scope, depth + 1);
      case "assignment":
        return this.value(node.childForFieldName("right"), scope, depth + 1);
      case "none":
        return { kind: "none" };
      case "boolean_operator":
      case "conditional_expression":
        return fallbackValue(node, (n) => this.value(n, scope, depth + 1));
      case "subscript":
        return subscriptValue(node, (n) => this.value(n, scope, depth + 1));
      case "binary_operator":
        return this.binary(node, scope, depth);
      default:
        return foldNode(node, (n) => this.value(n, scope, depth + 1)) ?? UNKNOWN;
    }
  }
  /** `base.attr` for a value already resolved (also used by the project index for dotted names). */
  attributeOf(base, attr, depth) {
    const qual = "qual" in base && base.qual ? `${base.qual}.${attr}` : void 0;
    if (base.kind === "instance") {
      const set = classInfo(base.scope).selfAttrs.get(attr);
      const own = set ?? base.scope.names.get(attr) ?? this.inheritedMember(base.scope, attr, depth);
      return own ? named(bound(this.member(this.bindings(own, Infinity, depth), depth), !set), qual) : UNKNOWN;
    }
    if (base.kind === "class") {
      const own = base.scope.names.get(attr);
      if (own) return named(this.bindings(own, Infinity, depth), qual);
      const b = this.baseOf(base.scope, depth);
      return b.kind === "qualified" ? { kind: "qualified", name: `${b.name}.${attr}`, origins: [] } : UNKNOWN;
    }
    if (base.kind === "qualified" && base.cls) {
      const set = classInfo(base.cls).selfAttrs.get(attr);
      const own = set ?? base.cls.names.get(attr) ?? this.inheritedMember(base.cls, attr, depth);
      if (own) {
        const v = this.member(this.bindings(own, Infinity, depth), depth);
        if (v.kind !== "function" && v.kind !== "unknown") return v;
      }
    }
    if (base.kind === "qualified") {
      if (base.name === "os" && attr === "environ") return { kind: "qualified", name: "os.environ", origins: [] };
      const name2 = `${base.name}.${attr}`;
      if (!base.origins.length) {
        const remote = this.link?.lookup(name2, depth + 1);
        if (remote) return remote;
      }
      return { kind: "qualified", name: name2, origins: base.origins };
    }
    return UNKNOWN;
  }
  /** Look a name up through the scope chain (function → enclosing functions → module → builtins). */
  name(id, at, scope, depth) {
    let s = scope;
    let same = true;
    while (s) {
      const list = s.names.get(id);
      if (list?.length) return this.bindings(list, same ? at : Infinity, depth);
      s = s.parent;
      while (s && s.kind === "class" && !same) s = s.parent;
      same = false;
    }
    if (BUILTINS.has(id)) return { kind: "qualified", name: `builtins.${id}`, origins: [] };
    if (id === "__builtins__") return { kind: "qualified", name: "builtins", origins: [] };
    for (let s2 = scope; s2; s2 = s2.parent) {
      const star = s2.stars[s2.stars.length - 1];
      if (star) return { kind: "qualified", name: `${star}.${id}`, origins: [] };
    }
    return UNKNOWN;
  }
  /**
   * Flow-insensitive choice: the last binding before the use, else the last informative one. A local
   * def/class, a loop variable, or an assignment of something unknown (outside an `except` fallback)
   * shadows an import of the same name: `requests = FakeRequests()` is not the requests module.
   */
  bindings(list, at, depth) {
    if (!list?.length) return UNKNOWN;
    const before = list.filter((b) => b.at < at);
    const ordered = [...before.length ? before : list].reverse();
    if (at === Infinity) ordered.sort((x, y) => Number(branch(x)) - Number(branch(y)));
    let fallback = UNKNOWN;
    let shadowed = false;
    for (const b of ordered) {
      const v = this.binding(b, depth);
      if (b.k === "def" || b.k === "class") return shadowed ? UNKNOWN : v;
      if (informative(v)) return shadowed && b.k === "import" ? UNKNOWN : v;
      if (b.k === "opaque" || b.k === "expr" && /^(unknown|number|seq)$/.test(v.kind) && !b.inExcept) shadowed = true;
      if (fallback.kind === "unknown") fallback = v;
    }
    if (!shadowed && before.length && before.length < list.length) {
      for (const b of [...list].reverse()) {
        const v = this.binding(b, depth);
        if (informative(v)) return v;
      }
    }
    return fallback;
  }
  binding(b, depth) {
    switch (b.k) {
      case "import":
        return this.link?.lookup(b.qual, depth + 1) ?? { kind: "qualified", name: b.qual, origins: [] };
      case "def":
        return { kind: "function", scope: b.scope };
      case "class":
        return { kind: "class", scope: b.scope };
      case "opaque":
        return UNKNOWN;
      case "expr": {
        const v = this.value(b.node, b.scope, depth + 1);
        if (b.annotation && !informative(v)) {
          const t = annotationType(this, b.annotation, b.scope, depth + 1);
          if (t.kind === "qualified" || t.kind === "instance") return t;
        }
        return v;
      }
      case "param": {
        const t = b.annotation ? annotationType(this, b.annotation, b.scope, depth + 1) : UNKNOWN;
        if (t.kind === "qualified" || t.kind === "instance") return t;
        const d = b.default ? this.value(b.default, b.scope.parent ?? b.scope, depth + 1) : UNKNOWN;
        return d.kind === "text" || d.kind === "env" ? { kind: "param", name: b.name, default: d } : { kind: "param", name: b.name };
      }
    }
  }
  /** The first base class of a local class that resolves to an imported name (recursively). */
  baseOf(cls, depth) {
    if (depth > MAX_DEPTH) return this.cut();
    for (const b of cls.bases) {
      const v = this.value(b, cls.parent ?? cls, depth + 1);
      if (v.kind === "qualified" && v.name !== "builtins.object" && !v.name.startsWith("typing.")) return v;
      if (v.kind === "class" && v.scope !== cls) {
        const inner = this.baseOf(v.scope, depth + 1);
        if (inner.kind === "qualified") return inner;
      }
    }
    return UNKNOWN;
  }
  /** An attribute a local base class sets on `self` or defines (breadth-first, a few levels). */
  inheritedMember(cls, attr, depth) {
    let level = [cls];
    const seen = /* @__PURE__ */ new Set([cls]);
    for (let i2 = 0; i2 < 4 && level.length; i2++) {
      const next = [];
      for (const c of level) {
        for (const b of c.bases) {
          const v = this.value(b, c.parent ?? c, depth + 1);
          if (v.kind !== "class" || seen.has(v.scope)) continue;
          seen.add(v.scope);
          const found = classInfo(v.scope).selfAttrs.get(attr) ?? v.scope.names.get(attr);
          if (found) return found;
          next.push(v.scope);
        }
      }
      level = next;
    }
    return void 0;
  }
  /** An instance of a local class: named after an imported base (`class S(requests.Session)`), else local. */
  baseInstance(cls, call, depth) {
    const b = this.baseOf(cls, depth);
    if (b.kind !== "qualified") return { kind: "instance", scope: cls };
    return { kind: "qualified", name: `${b.name}()`, origins: call ? [...b.origins, call] : b.origins, cls };
  }
  /** What a local function returns: the first return expression that resolves. */
  returned(fn, depth) {
    if (depth > MAX_DEPTH) return this.cut();
    const declared = fn.returnType ? annotationType(this, fn.returnType, fn.parent ?? fn, depth + 1) : UNKNOWN;
    let parameter;
    for (const r of fn.returns) {
      const v = this.value(r, fn, depth + 1);
      if (v.kind === "param") parameter ??= v;
      if (!informative(v)) continue;
      const same = declared.kind === "qualified" && v.kind === "qualified" && declared.name === v.name;
      return declared.kind !== "unknown" && v.kind === "qualified" && !same ? declared : v;
    }
    if (declared.kind === "qualified" || declared.kind === "instance") return declared;
    return parameter ?? UNKNOWN;
  }
  /** What a call of a project function returns, with the call's arguments for its parameters. */
  returnedFor(f, call, scope, depth) {
    let v = this.returned(f.scope, depth);
    const params = paramsIn(v, f.scope.params());
    for (const p of params.slice(0, 4)) {
      const arg = argumentFor(call, f.scope, p, !!f.bound);
      if (!arg) continue;
      v = substitute(v, p, this.value(arg, scope, depth + 1)) ?? v;
    }
    return v;
  }
  /** `self.x` where x is a `@property` (or cached_property) of the class: the value it returns. */
  member(v, depth) {
    if (v.kind === "function" && v.scope.decorators.some((d) => /(^|\.)(cached_)?property$/.test(d)))
      return this.returned(v.scope, depth + 1);
    return v;
  }
  call(node, scope, depth) {
    const fn = node.childForFieldName("function");
    const args2 = node.childForFieldName("arguments");
    const f = this.value(fn, scope, depth + 1);
    if (f.kind === "function") return this.returnedFor(f, node, scope, depth + 1);
    if (f.kind === "class")
      return named(this.baseInstance(f.scope, { node, scope }, depth + 1), f.qual && `${f.qual}()`);
    if (f.kind === "qualified") {
      const modelled = foldBuiltinCall(f.name, node, (n) => this.value(n, scope, depth + 1)) ?? libraryCall(f, node, scope, (n) => this.value(n, scope, depth + 1));
      if (modelled) return modelled;
      return { kind: "qualified", name: `${f.name}()`, origins: [...f.origins, { node, scope }] };
    }
    if (fn?.type === "attribute") return stringMethod(fn, args2, (n) => this.value(n, scope, depth + 1));
    return UNKNOWN;
  }
  binary(node, scope, depth) {
    const evaluate = (n) => this.value(n, scope, depth + 1);
    const l = evaluate(node.childForFieldName("left"));
    const r = evaluate(node.childForFieldName("right"));
    return foldNumbers(node.childForFieldName("operator")?.text, l, r) ?? binaryValue(node, l, r, evaluate);
  }
};
function bound(v, method) {
  return method && v.kind === "function" && !v.bound ? extend(v, { bound: true }) : v;
}
function named(v, qual) {
  return qual && (v.kind === "function" || v.kind === "class" || v.kind === "instance") ? extend(v, { qual }) : v;
}
function branch(b) {
  return b.k === "expr" && !!b.inBranch;
}

// src/resolve/reach.ts
var Closure = class {
  constructor(graph, join3, top = () => false) {
    this.graph = graph;
    this.join = join3;
    this.top = top;
  }
  graph;
  join;
  top;
  known = /* @__PURE__ */ new Map();
  of(start2) {
    const done = this.known.get(start2);
    if (done !== void 0) return done;
    const index = /* @__PURE__ */ new Map();
    const low = /* @__PURE__ */ new Map();
    const value = /* @__PURE__ */ new Map();
    const stack = [];
    const onStack = /* @__PURE__ */ new Set();
    const frames = [];
    const add2 = (node, v) => value.set(node, this.join(value.get(node), v));
    const open = (node) => {
      index.set(node, index.size);
      low.set(node, index.size - 1);
      stack.push(node);
      onStack.add(node);
      const read = this.graph(node);
      value.set(node, read.value);
      frames.push({ node, it: (this.top(read.value) ? [] : read.edges)[Symbol.iterator]() });
    };
    open(start2);
    while (frames.length) {
      const f = frames[frames.length - 1];
      const step = f.it.next();
      if (!step.done) {
        const next = step.value;
        const k = this.known.get(next);
        if (k !== void 0) add2(f.node, k);
        else if (!index.has(next)) open(next);
        else if (onStack.has(next)) low.set(f.node, Math.min(low.get(f.node), index.get(next)));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (low.get(f.node) === index.get(f.node)) {
        const members = [];
        let v;
        for (; ; ) {
          const m = stack.pop();
          onStack.delete(m);
          members.push(m);
          v = v === void 0 ? value.get(m) : this.join(v, value.get(m));
          if (m === f.node) break;
        }
        for (const m of members) this.known.set(m, v);
        if (parent) add2(parent.node, v);
      } else if (parent) {
        low.set(parent.node, Math.min(low.get(parent.node), low.get(f.node)));
        add2(parent.node, value.get(f.node));
      }
    }
    return this.known.get(start2);
  }
};
var Reach = class {
  closure;
  constructor(graph) {
    this.closure = new Closure(
      (node) => {
        const read = graph(node);
        return read === true ? { value: true, edges: [] } : { value: false, edges: read };
      },
      (a, b) => a || b,
      (v) => v
    );
  }
  reaches(start2) {
    return this.closure.of(start2);
  }
};

// src/resolve/project.ts
var NONE2 = /* @__PURE__ */ new Set();
var EVERY_MODULE = { test: () => true, roots: () => NONE2, finishes: () => true };
function union(a, b) {
  if (a === b || !b.size) return a;
  if (!a.size) return b;
  let aHasB = true;
  for (const x of b) if (!a.has(x)) aHasB = false;
  if (aHasB) return a;
  let bHasA = true;
  for (const x of a) if (!b.has(x)) bHasA = false;
  return bHasA ? b : /* @__PURE__ */ new Set([...a, ...b]);
}
var MAX_LIVE_BYTES = 24 << 20;
var MAX_MODULES_PER_FILE = 2e4;
var MAX_LOOKUPS = 25e4;
var MAX_MODULE_BYTES = 2 << 20;
var Project = class {
  /**
   * `known`: whether the rules match a dotted name (`socket.socket`, `huggingface_hub.HfApi`). Such a
   * name stays qualified even when the project holds that module (the library's own repository, a
   * vendored copy, the standard library's sources), so the rules still match it; every other name of
   * the project resolves into the project.
   */
  constructor(files, parser, known = () => false, prefilter = EVERY_MODULE, modulesPerFile = MAX_MODULES_PER_FILE) {
    this.files = files;
    this.parser = parser;
    this.known = known;
    this.prefilter = prefilter;
    this.modulesPerFile = modulesPerFile;
    this.modules = new ModuleMap(files);
  }
  files;
  parser;
  known;
  prefilter;
  modulesPerFile;
  modules;
  models = /* @__PURE__ */ new Map();
  byRoot = /* @__PURE__ */ new Map();
  trees = [];
  liveBytes = 0;
  /** Incremented by release(): anything keyed by this project's scopes from before is stale. */
  generation = 0;
  knownCache = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  /** Kept across release(): plain values refer to modules by path and text digest, not by tree. */
  lookups = /* @__PURE__ */ new Map();
  byTarget = /* @__PURE__ */ new Map();
  digests = /* @__PURE__ */ new Map();
  blankModule;
  parsedPaths = /* @__PURE__ */ new Set();
  /** Modules parsed (by the index or by the scan) after an earlier parse of theirs was released. */
  reparsed = 0;
  /** The first words of patterns written in a module or in what it imports, at any depth. */
  roots = new Closure((path) => {
    const text2 = this.files.read(path);
    if (!text2) return { value: NONE2, edges: [] };
    return { value: this.prefilter.roots(text2), edges: importedPaths(text2, path, this.modules) };
  }, union);
  /**
   * Modules that pass the module filter, or finish a name begun in what they import, or import one
   * that does, at any depth (import cycles included).
   */
  egress = new Reach((path) => {
    const text2 = this.files.read(path);
    if (!text2) return [];
    if (this.prefilter.test(text2)) return true;
    const imports = importedPaths(text2, path, this.modules);
    return this.finishes(text2, imports) || imports;
  });
  loadedThisFile = 0;
  /** Milliseconds the current file spent parsing the modules it imports (not its own max-file-millis). */
  loadMillis = 0;
  /** The file analysed last when no module imports it: its tree goes when the next file begins. */
  transient;
  budget = new Budget();
  /** Start analysing a file: release everything when too much is alive, and reset the per-file budget. */
  beginFile() {
    this.dropTransient();
    if (this.liveBytes > MAX_LIVE_BYTES) this.release();
    this.loadedThisFile = 0;
    this.loadMillis = 0;
    this.budget.reset();
  }
  /** The model of a file being analysed: reuse the index's own parse when it has one. */
  existing(path) {
    return this.models.get(path) ?? void 0;
  }
  /**
   * Register a file the scan parsed itself, so the modules importing it reuse its tree. `keep` false:
   * no module imports it, so its tree is freed when the next file begins, unless the index was asked
   * for it meanwhile (then everything goes at the next release, as values may point into its tree).
   */
  adopt(path, text2, tree, keep = true) {
    const symbols = collectSymbols(this.parser, tree, (level, dotted) => this.modules.absolute(path, level, dotted));
    const model = { path, text: text2, symbols, resolver: new Resolver(this.link(path), symbols.module) };
    if (this.parsedPaths.has(path)) this.reparsed++;
    else this.parsedPaths.add(path);
    this.digests.delete(path);
    this.models.set(path, model);
    this.byRoot.set(symbols.module, model);
    if (keep) this.keepTree(tree, text2.length);
    else this.transient = { model, tree, asked: false };
    return model;
  }
  keepTree(tree, bytes) {
    this.trees.push(tree);
    this.liveBytes += bytes;
  }
  /** Free the last file's tree when nothing but its own analysis used it (else keep it until a release). */
  dropTransient() {
    const t = this.transient;
    if (!t) return;
    this.transient = void 0;
    if (t.asked) return this.keepTree(t.tree, t.model.text.length);
    this.models.delete(t.model.path);
    this.byRoot.delete(t.model.symbols.module);
    t.tree.delete();
  }
  /** A module of the project by path, parsed on first use (undefined when unreadable or unparsable). */
  load(path) {
    const known = this.models.get(path);
    if (known && known === this.transient?.model) this.transient.asked = true;
    if (known !== void 0) return known ?? void 0;
    if (this.loadedThisFile >= this.modulesPerFile) {
      this.budget.refuse();
      this.budget.cuts++;
      return void 0;
    }
    this.loadedThisFile++;
    const start2 = performance.now();
    try {
      const text2 = this.files.read(path);
      if (text2 === void 0 || text2.length > MAX_MODULE_BYTES) {
        this.models.set(path, null);
        return void 0;
      }
      const tree = this.parser.parse(text2, 2e6);
      if (!tree) {
        this.models.set(path, null);
        return void 0;
      }
      return this.adopt(path, text2, tree);
    } finally {
      this.loadMillis += performance.now() - start2;
    }
  }
  /** The model a scope belongs to. */
  modelOf(scope) {
    return this.byRoot.get(scope.root);
  }
  /** The resolver's view of the project from one file: lookups start at that file's package root. */
  link(fromPath) {
    return {
      lookup: (qual, depth) => this.lookup(qual, fromPath, depth),
      resolverOf: (root) => this.byRoot.get(root)?.resolver,
      budget: this.budget
    };
  }
  /**
   * The value of a dotted name when it lives in the project: `pkg.config.API_URL`, `pkg.http.get_session`.
   * Undefined for names outside the project (they stay qualified names for the rules).
   */
  lookup(qual, fromPath, depth) {
    const key = `${fromPath}\0${qual}`;
    if (this.active.has(key)) {
      this.budget.cuts++;
      return void 0;
    }
    const memoKey = detach(`${this.modules.searchKey(fromPath)}\0${qual}`);
    const b = this.budget;
    const cached = this.lookups.get(memoKey);
    if (cached && b.reuse(cached)) return this.memoised(cached) ?? void 0;
    const mark = b.mark();
    const hit = this.target(qual, fromPath);
    if (!hit) {
      this.lookups.set(memoKey, b.made(mark, { plain: null, generation: this.generation }));
      return void 0;
    }
    const targetKey = detach(`${hit.path}\0${qual}`);
    const shared2 = this.byTarget.get(targetKey);
    if (shared2 && b.reuse(shared2)) {
      this.lookups.set(memoKey, shared2);
      return this.memoised(shared2) ?? void 0;
    }
    const cuts = b.cuts;
    this.active.add(key);
    try {
      const v = this.lookupOnce(qual, hit, depth);
      if (b.cuts !== cuts) return v;
      const m = b.made(mark, { plain: v ? toPlain(v, this) : null, generation: this.generation });
      this.lookups.set(memoKey, m);
      this.byTarget.set(targetKey, m);
      return this.memoised(m) ?? void 0;
    } finally {
      this.active.delete(key);
    }
  }
  /** A memoised lookup as a live value of this generation (revived from its plain form after a release). */
  memoised(m) {
    if (m.live !== void 0 && m.generation === this.generation) return m.live;
    m.live = m.plain ? revive(m.plain, this) : null;
    m.generation = this.generation;
    return m.live;
  }
  /** The project module a dotted name is found in, seen from a file; undefined for a name the rules match. */
  target(qual, fromPath) {
    let known = this.knownCache.get(qual);
    if (known === void 0) this.knownCache.set(qual, known = this.known(qual));
    return known ? void 0 : this.modules.split(qual, fromPath);
  }
  lookupOnce(qual, hit, depth) {
    const model = this.load(hit.path);
    if (!model) return void 0;
    if (!hit.rest.length) return { kind: "qualified", name: hit.module, origins: [] };
    const [first, ...more] = hit.rest;
    const r = model.resolver;
    let v = r.name(first, Infinity, model.symbols.module, depth + 1);
    if (v.kind === "unknown") {
      const sub = this.modules.pathOf(`${hit.module}.${first}`, hit.path);
      if (sub) v = { kind: "qualified", name: `${hit.module}.${first}`, origins: [] };
    }
    for (const attr of more) {
      v = r.attributeOf(v, attr, depth + 1);
      if (v.kind === "unknown") return void 0;
    }
    if (v.kind === "unknown") return void 0;
    return v.kind === "function" || v.kind === "class" ? extend(v, { qual }) : v;
  }
  /**
   * Whether a file that does not pass the text prefilter itself must still be analysed: it imports a
   * project module that may egress (directly or through other modules: its calls of that module's
   * clients and wrappers), or it finishes a name begun in what it imports (`sp.run(...)` after
   * `from .compat import sp`, where compat has `import subprocess as sp`).
   */
  needsAnalysis(path, text2) {
    const imports = importedPaths(text2, path, this.modules);
    for (const p of imports) if (this.mayEgress(p)) return true;
    return this.finishes(text2, imports);
  }
  /**
   * Whether a module finishes a name begun in what it imports. Only its imports' roots count: a name
   * begun in the module itself and finished there has all its words in its text (the word test), and
   * one that leaves and comes back does so through an import cycle, which brings the module's own
   * roots in.
   */
  finishes(text2, imports) {
    let roots = NONE2;
    for (const p of imports) roots = union(roots, this.roots.of(p));
    return roots.size > 0 && this.prefilter.finishes(text2, roots);
  }
  mayEgress(path) {
    return this.egress.reaches(path);
  }
  /** The module a scope of this generation belongs to, with its text's digest (for plain values). */
  moduleOf(root) {
    const m = this.byRoot.get(root);
    const digest = m && this.digestOf(m.path, m.text);
    return digest ? { path: m.path, digest } : void 0;
  }
  /** The digest of a module's current text (read when this index has not read it since its last parse). */
  digest(path) {
    return this.digests.get(path) ?? this.digestOf(path, this.models.get(path)?.text ?? this.files.read(path));
  }
  digestOf(path, text2) {
    let d = this.digests.get(path);
    if (d === void 0 && text2 !== void 0) {
      d = createHash("sha256").update(text2).digest("base64url").slice(0, 22);
      this.digests.set(path, d);
    }
    return d;
  }
  /** A module's parse for a plain value's reference: loaded again if released, undefined if its text changed. */
  parsed(ref) {
    const m = this.load(ref.path);
    if (!m || this.digestOf(m.path, m.text) !== ref.digest) return void 0;
    return { root: m.symbols.module.node, symbols: m.symbols };
  }
  blank() {
    if (this.blankModule) return this.blankModule;
    const tree = this.parser.parse("", 2e6);
    this.trees.push(tree);
    return this.blankModule = { node: tree.rootNode, scope: new Scope("module", tree.rootNode) };
  }
  /** Free every tree (the end of a scan, or too much alive between two files); the lookup memo stays. */
  release() {
    this.dropTransient();
    if (this.lookups.size > MAX_LOOKUPS) {
      this.lookups.clear();
      this.byTarget.clear();
    }
    for (const m of this.lookups.values()) m.live = void 0;
    for (const t of this.trees) t.delete();
    this.trees = [];
    this.models.clear();
    this.byRoot.clear();
    this.blankModule = void 0;
    this.digests.clear();
    this.liveBytes = 0;
    this.generation++;
  }
};

// src/scan/project-index.ts
function projectIndex(files, parser, index) {
  return new Project(files, parser, (qual) => index.matches(qual).length > 0, index.modulePrefilter);
}

// src/scan/analyze-one.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { readFileSync } from "node:fs";

// src/resolve/receiver-calls.ts
var BODIES = /* @__PURE__ */ new Set(["function_definition", "lambda", "module"]);
var MAX_CALLS = 5e3;
function receiverRoot(call) {
  const fn = call.childForFieldName("function");
  let obj = fn?.type === "attribute" ? fn.childForFieldName("object") : null;
  for (let i2 = 0; obj && !isNameChain(obj) && i2 < 8; i2++) {
    const inner = obj.type === "call" ? obj.childForFieldName("function") : obj;
    obj = inner?.type === "attribute" ? inner.childForFieldName("object") : null;
  }
  return obj ? obj.text : void 0;
}
function isNameChain(n) {
  if (n.type === "identifier") return true;
  if (n.type !== "attribute") return false;
  const o = n.childForFieldName("object");
  return !!o && isNameChain(o);
}
var bodyIndex = /* @__PURE__ */ new WeakMap();
function indexOf2(body2) {
  let perTree = bodyIndex.get(body2.tree);
  if (!perTree) bodyIndex.set(body2.tree, perTree = /* @__PURE__ */ new Map());
  let index = perTree.get(body2.id);
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  for (const c of body2.descendantsOfType("call").slice(0, MAX_CALLS)) {
    const fn = c.childForFieldName("function");
    if (fn?.type !== "attribute") continue;
    const key = `${fn.childForFieldName("object")?.text ?? ""}.${fn.childForFieldName("attribute")?.text ?? ""}`;
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  }
  perTree.set(body2.id, index);
  return index;
}
function earlierReceiverCalls(call, methods) {
  if (methods.length === 0) return [];
  const root = receiverRoot(call);
  if (!root) return [];
  let body2 = call.parent;
  while (body2 && !BODIES.has(body2.type)) body2 = body2.parent;
  if (!body2) return [];
  const index = indexOf2(body2);
  const found = methods.flatMap((m) => index.get(`${root}.${m}`) ?? []).filter((c) => c.startIndex < call.startIndex).sort((a, b) => b.startIndex - a.startIndex);
  return found.slice(0, 4);
}

// src/resolve/destination.ts
function hostArgNode(call, arg, view) {
  return argNode(call, arg.name, arg.position, view);
}
function argNode(call, name2, position, view) {
  if (view)
    return (name2 ? view.keyword(name2) : void 0) ?? (position !== void 0 ? view.positional(position) : void 0);
  const args2 = call.childForFieldName("arguments");
  if (!args2) return void 0;
  return (name2 ? keywordArg(args2, name2) : void 0) ?? (position !== void 0 ? positionalArg(args2, position) : void 0);
}
function defaultDestination(rule) {
  const h = rule.hosts.find((x) => !x.startsWith("*."));
  return h ? { host: h, source: "default" } : { source: "default" };
}
var HTTP_VERBS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE)$/i;
function destinationFor(rule, builds, call, scope, callee, resolver, view) {
  const connected = earlierReceiverCalls(call, rule.hostFromCalls).map((node) => ({ node, scope }));
  const sites = [{ node: call, scope, args: view }, ...connected, ...[...callee.origins].reverse()];
  let fallback;
  let readThrough;
  for (let i2 = 0; i2 < sites.length && i2 < 8; i2++) {
    const s = sites[i2];
    const shift = s.shift ?? 0;
    const hostArgs = i2 > 0 || builds ? [...rule.hostArgs, ...rule.constructorHostArgs] : rule.hostArgs;
    for (const ha of hostArgs) {
      const byName = ha.name ? argNode(s.node, ha.name, void 0, s.args) : void 0;
      let n = byName ?? argNode(s.node, void 0, ha.position === void 0 ? void 0 : ha.position + shift, s.args);
      if (!n) continue;
      if (!byName && (NOT_A_DESTINATION.test(lastName(n)) || SOCKET_CONSTANT.test(lastName(n)))) continue;
      if (n.type === "tuple" || n.type === "list") n = n.firstNamedChild ?? n;
      let v = resolver.value(n, s.scope);
      let afterVerb = false;
      if (ha.position !== void 0 && isVerb(v, n)) {
        n = argNode(s.node, void 0, ha.position + shift + 1, s.args);
        if (!n) continue;
        v = resolver.value(n, s.scope);
        afterVerb = true;
      }
      if (v.kind === "qualified" && v.origins.length) {
        readThrough ??= { dest: toDestination({ kind: "unknown" }, n) };
        sites.push(...[...v.origins].reverse());
        break;
      }
      const dest = toDestination(v, n);
      if (dest.host || dest.source !== "constant" && !afterVerb) return { dest, value: v };
      fallback ??= { dest, value: v };
      break;
    }
  }
  if (fallback) return fallback;
  const dflt = defaultDestination(rule);
  return !dflt.host && readThrough ? readThrough : { dest: dflt };
}
var NOT_A_DESTINATION = /^(from|from_?addrs?|sender|mail_?from|msg|message|body|data|payload|content|json|text|subject|to_?addrs?|rcpt_?tos?|recipients?|files?|filename|key|bucket)$/i;
var SOCKET_CONSTANT = /^(AF|SOCK|IPPROTO)_[A-Z0-9_]+$/;
function lastName(n) {
  if (n.type === "identifier") return n.text;
  if (n.type === "attribute") return n.childForFieldName("attribute")?.text ?? "";
  return "";
}
function isVerb(v, n) {
  if (v.kind === "text") return HTTP_VERBS.test(v.text);
  if ((v.kind === "param" || v.kind === "env") && v.default?.kind === "text") return HTTP_VERBS.test(v.default.text);
  return /(^|[._])(method|verb|http_method)$/i.test(n.text);
}
function builtNameZone(v) {
  if (v.kind !== "text" || !v.text.includes(HOLE)) return void 0;
  const tail = v.text.slice(v.text.lastIndexOf(HOLE) + 1).replace(/^\.+/, "").toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(tail) ? { host: `*.${tail}`, source: "literal" } : void 0;
}
function firstArgValue(call, scope, resolver, view) {
  const a = view ?? callArgs(call);
  const first = a.positional(0) ?? a.keyword("args") ?? a.keyword("cmd");
  if (!first) return { kind: "unknown" };
  if (first.type === "list" || first.type === "tuple") {
    const words = first.namedChildren.map((c) => c ? resolver.value(c, scope) : void 0);
    return { kind: "text", text: words.map((w) => w?.kind === "text" ? w.text : HOLE).join(" "), holes: [] };
  }
  return resolver.value(first, scope);
}
function describe(v) {
  if (v.kind !== "env" && v.kind !== "param") return void 0;
  const what = v.kind === "env" ? `env ${v.name}` : `parameter ${v.name}`;
  if (!v.default) return what;
  const d = v.default;
  if (d.kind === "text") {
    if (!d.text.trim()) return what;
    const host = destinationOf(d.text, d.holes).host;
    if (host) return `${what} (default ${host})`;
    if (!d.holes.length) return `${what} (default "${truncate(d.text, 40)}")`;
  }
  const inner = describe(d);
  return inner ? `${what} (default ${inner})` : what;
}
function holeSource(holes, node) {
  for (const h of holes) {
    if (h.kind === "env") return withDefaultHost({ source: "env", detail: describe(h) }, h);
    if (h.kind === "param") return withDefaultHost({ source: "parameter", detail: describe(h) }, h);
  }
  return { source: "dynamic", detail: nodeDetail(node) };
}
function nodeDetail(node) {
  return node ? `\`${truncate(node.text.replace(/\s+/g, " "), 60)}\`` : void 0;
}
function defaultHost(v, depth = 0) {
  const d = finalDefault(v);
  if (!d) return void 0;
  const p = destinationOf(d.text, d.holes);
  if (p.host) return p.host;
  const hole2 = p.hostHoles?.length === 1 ? p.hostHoles[0] : void 0;
  return hole2 && depth < 4 ? defaultHost(hole2, depth + 1) : void 0;
}
function finalDefault(v) {
  let d = v && (v.kind === "env" || v.kind === "param") ? v.default : void 0;
  for (let i2 = 0; d && (d.kind === "env" || d.kind === "param") && i2 < 8; i2++) d = d.default;
  return d?.kind === "text" ? d : void 0;
}
function toDestination(v, node) {
  switch (v.kind) {
    case "text": {
      const p = destinationOf(v.text, v.holes);
      const literal = node?.type === "string" || node?.type === "concatenated_string";
      if (p.host) {
        return { host: p.host, scheme: p.scheme, source: v.decoded ? "decoded" : literal ? "literal" : "constant" };
      }
      if (p.hostHoles) return { ...holeSource(p.hostHoles, node), scheme: p.scheme };
      if (!v.holes.length) return { source: "constant", detail: `"${truncate(v.text, 60)}"`, scheme: p.scheme };
      return { ...holeSource(v.holes, node), scheme: p.scheme };
    }
    case "env":
      return withDefaultHost({ source: "env", detail: describe(v) }, v);
    case "param":
      return withDefaultHost({ source: "parameter", detail: describe(v) }, v);
    default:
      return { source: "dynamic", detail: nodeDetail(node) };
  }
}
function withDefaultHost(d, v) {
  const host = defaultHost(v);
  if (!host || isLocal(host)) return d;
  const scheme = schemeOf(finalDefault(v));
  return { ...d, host, ...scheme && !d.scheme ? { scheme } : {} };
}
function schemeOf(v) {
  return v?.kind === "text" ? destinationOf(v.text, v.holes).scheme : void 0;
}
function truncate(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
}
function isLocalDestination(d) {
  if (d.source !== "literal" && d.source !== "constant") return false;
  if (d.scheme === "file") return true;
  if (d.host) return isLocal(d.host);
  return !!d.detail && /^"(\/dev\/|\/var\/run\/|\/run\/|[^"]*\.sock")/.test(d.detail);
}
function isLocal(host) {
  return !!host && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|::1|0\.0\.0\.0)(:\d+)?$/.test(host);
}

// src/resolve/runners.ts
var THREAD = {
  fn: { name: "target", position: 1 },
  packed: { args: "args", argsAt: 3, kwargs: "kwargs", kwargsAt: 4 }
};
var FORWARD0 = { fn: { position: 0 } };
var MAP = { fn: { name: "func", position: 0 }, each: "map" };
var STARMAP = { fn: { name: "func", position: 0 }, each: "starmap" };
var APPLY = {
  fn: { name: "func", position: 0 },
  packed: { args: "args", argsAt: 1, kwargs: "kwds", kwargsAt: 2 }
};
var POOL = ["multiprocessing.Pool()", "multiprocessing.pool.Pool()", "multiprocessing.pool.ThreadPool()"];
var LOOPS = ["asyncio.get_event_loop()", "asyncio.get_running_loop()", "asyncio.new_event_loop()"];
var RUNNERS = {
  "threading.Thread": THREAD,
  "multiprocessing.Process": THREAD,
  "threading.Timer": {
    fn: { name: "function", position: 1 },
    packed: { args: "args", argsAt: 2, kwargs: "kwargs", kwargsAt: 3 }
  },
  "sched.scheduler().enter": {
    fn: { name: "action", position: 2 },
    packed: { args: "argument", argsAt: 3, kwargs: "kwargs", kwargsAt: 4 }
  },
  "concurrent.futures.ThreadPoolExecutor().submit": { fn: { name: "fn", position: 0 } },
  "concurrent.futures.ProcessPoolExecutor().submit": { fn: { name: "fn", position: 0 } },
  "concurrent.futures.ThreadPoolExecutor().map": { fn: { name: "fn", position: 0 }, each: "map" },
  "concurrent.futures.ProcessPoolExecutor().map": { fn: { name: "fn", position: 0 }, each: "map" },
  "builtins.map": { fn: { position: 0 }, each: "map" },
  "itertools.starmap": { fn: { position: 0 }, each: "starmap" },
  "asyncio.to_thread": { fn: { name: "func", position: 0 } },
  "atexit.register": FORWARD0,
  "contextvars.copy_context().run": FORWARD0,
  "trio.to_thread.run_sync": FORWARD0,
  "anyio.to_thread.run_sync": FORWARD0,
  "gevent.spawn": FORWARD0,
  "gevent.spawn_later": { fn: { position: 1 } },
  "eventlet.spawn": FORWARD0,
  ...Object.fromEntries(
    POOL.flatMap((p) => [
      [`${p}.map`, MAP],
      [`${p}.map_async`, MAP],
      [`${p}.imap`, MAP],
      [`${p}.imap_unordered`, MAP],
      [`${p}.starmap`, STARMAP],
      [`${p}.starmap_async`, STARMAP],
      [`${p}.apply`, APPLY],
      [`${p}.apply_async`, APPLY]
    ])
  ),
  ...Object.fromEntries(
    LOOPS.flatMap((l) => [
      [`${l}.run_in_executor`, { fn: { position: 1 } }],
      [`${l}.call_soon`, FORWARD0],
      [`${l}.call_soon_threadsafe`, FORWARD0],
      [`${l}.call_later`, { fn: { position: 1 } }],
      [`${l}.call_at`, { fn: { position: 1 } }]
    ])
  )
};
function runnerCall(callee, call) {
  const r = RUNNERS[callee.replace(/^concurrent\.futures\.(thread|process)\./, "concurrent.futures.")];
  if (!r) return void 0;
  const list = call.childForFieldName("arguments");
  const target = (r.fn.name ? keywordArg(list, r.fn.name) : void 0) ?? (r.fn.position !== void 0 ? positionalArg(list, r.fn.position) : void 0);
  if (!target) return void 0;
  if (r.each) {
    const own = callArgs(call);
    const shift = (r.fn.position ?? 0) + 1;
    const first = (i2) => firstElement(own.positional(i2));
    return {
      target,
      args: {
        positional: (i2) => r.each === "map" ? first(i2 + shift) : elementAt(first(shift), i2),
        keyword: () => void 0,
        keywords: () => []
      }
    };
  }
  if (!r.packed) {
    const own = callArgs(call);
    const shift = (r.fn.position ?? 0) + 1;
    return {
      target,
      args: {
        positional: (i2) => own.positional(i2 + shift),
        keyword: (n) => own.keyword(n),
        keywords: () => own.keywords()
      }
    };
  }
  const p = r.packed;
  const tuple = keywordArg(list, p.args) ?? (p.argsAt !== void 0 ? positionalArg(list, p.argsAt) : void 0);
  const dict = keywordArg(list, p.kwargs) ?? (p.kwargsAt !== void 0 ? positionalArg(list, p.kwargsAt) : void 0);
  const items = tuple && (tuple.type === "tuple" || tuple.type === "list") ? tuple.namedChildren : [];
  const pairs = [];
  for (const pair of dict?.type === "dictionary" ? dict.namedChildren : []) {
    const k = pair?.type === "pair" ? pair.childForFieldName("key") : void 0;
    const v = pair?.childForFieldName("value");
    const key = k?.type === "string" ? decodeStringLiteral(k, () => ({ kind: "unknown" })) : void 0;
    if (key?.kind === "text" && !key.holes.length && v) pairs.push({ name: key.text, value: v });
  }
  return {
    target,
    args: {
      positional: (i2) => items[i2] ?? void 0,
      keyword: (n) => pairs.find((x) => x.name === n)?.value,
      keywords: () => pairs
    }
  };
}
var SEQUENCES = /* @__PURE__ */ new Set(["list", "tuple", "set"]);
function firstElement(n) {
  if (!n) return void 0;
  if (SEQUENCES.has(n.type)) return n.namedChildren.find((c) => c && c.type !== "comment") ?? void 0;
  if (n.type === "list_comprehension" || n.type === "generator_expression" || n.type === "set_comprehension")
    return n.childForFieldName("body") ?? void 0;
  return n;
}
function elementAt(n, i2) {
  if (!n || !SEQUENCES.has(n.type)) return void 0;
  return n.namedChildren.filter((c) => c && c.type !== "comment")[i2] ?? void 0;
}
function passedCallable(callee, call, scope, resolver) {
  const run3 = runnerCall(callee, call);
  return run3 ? { value: resolver.value(run3.target, scope), args: run3.args } : void 0;
}
function invokedFunction(f, callee, call, scope, resolver) {
  const run3 = callee ? runnerCall(callee, call) : void 0;
  const g = run3 ? resolver.value(run3.target, scope) : f;
  return g.kind === "function" ? { fn: g, args: run3 ? run3.args : callArgs(call) } : void 0;
}

// src/scan/build-finding.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var SITE_KIND = {
  send: "send",
  init: "init",
  connect: "connect",
  import: "import",
  client: "client"
};
var matchers = /* @__PURE__ */ new WeakMap();
function pathClaim(rules, file) {
  return rules.find((r) => {
    if (!r.claimsPaths.length) return false;
    let m = matchers.get(r);
    if (!m) matchers.set(r, m = (0, import_picomatch.default)(r.claimsPaths, { dot: true }));
    return m(file);
  });
}
function buildFinding(fc, site2) {
  const { file, text: text2, resolver, tags } = fc;
  const { node, scope, match: m, callee, argSites, hintHost } = site2;
  const dest0 = site2.destination;
  let rule = m.rule;
  let service = rule.service;
  let category = rule.category;
  const dest = { ...dest0 };
  const attributed = dest.host ?? hintHost;
  let generic = rule.generic;
  if (attributed && rule.generic) {
    const hs = fc.index.hostService(attributed);
    if (hs) {
      if (hs.rule) rule = hs.rule;
      service = hs.service;
      category = hs.category;
      generic = false;
    }
  }
  let kind = rule.siteKind ?? SITE_KIND[m.kind] ?? "send";
  let risk = rule.risk;
  if (!site2.payload) {
    const claim = dest.source === "decoded" ? fc.index.rules.find((r) => r.claimsDecoded) : pathClaim(fc.index.rules, file);
    if (claim) {
      rule = claim;
      service = claim.service;
      category = claim.category;
      risk = claim.risk;
      kind = claim.siteKind ?? "covert";
      generic = false;
    }
  }
  const cwe = new Set(rule.cwe);
  if (dest.scheme && /^(http|ftp|telnet|ws|smtp)$/.test(dest.scheme) && !isLocal(dest.host))
    for (const c2 of rule.destinationCwe.cleartext) cwe.add(c2);
  if (dest.source === "parameter") for (const c2 of rule.destinationCwe.parameter) cwe.add(c2);
  const args2 = argSites.map((o) => ({ node: o.node.childForFieldName("arguments") ?? o.node, scope: o.scope }));
  const c = carried(resolver, args2.length ? args2 : [{ node, scope }]);
  if (kind === "covert" && node.type === "call") {
    const first = positionalArg(node.childForFieldName("arguments"), 0);
    const v = first ? resolver.value(first, scope) : void 0;
    const p = v?.kind === "text" ? credentialPath(v.text) : void 0;
    if (p) c.dataSources.add(`credential file ${p}`);
  }
  for (const k of rule.credentials) c.credentials.add(k);
  for (const k of site2.payload?.credentials ?? []) c.credentials.add(k);
  for (const d of site2.payload?.dataSources ?? []) c.dataSources.add(d);
  const dataSources = [...c.dataSources].sort();
  if (dataSources.length && riskRank(risk) < RISKS.length - 1) risk = RISKS[riskRank(risk) + 1];
  const start2 = node.startPosition;
  const end = node.endPosition;
  const lineStart = node.startIndex - start2.column;
  let lineEnd = text2.indexOf("\n", lineStart);
  if (lineEnd < 0) lineEnd = text2.length;
  const firstLine = text2.slice(lineStart, lineEnd).replace(/\r$/, "");
  const endColumn = end.row === start2.row ? end.column + 1 : firstLine.length + 1;
  return {
    ruleId: rule.id,
    category,
    service,
    destination: dest,
    risk,
    file,
    startLine: start2.row + 1,
    startColumn: start2.column + 1,
    endLine: start2.row + 1,
    endColumn: Math.max(endColumn, start2.column + 2),
    snippet: firstLine.trim().slice(0, 200),
    callee,
    kind,
    credentials: [...c.credentials].sort(),
    dataSources,
    cwe: [...cwe].sort((a, b) => a - b),
    tags: [...tags],
    ...generic ? { generic: true } : {},
    ...site2.trace?.length ? { trace: site2.trace } : {},
    ...site2.payload ? { payload: site2.payload.site } : {},
    fingerprint: ""
  };
}

// src/scan/call-shape.ts
var MAX_TOKENS = 4e3;
function callShape(node) {
  const out2 = [];
  const args2 = node.type === "call" ? node.childForFieldName("arguments") : null;
  walk(args2 ?? node, out2);
  return out2.join(" ");
}
function walk(n, out2) {
  if (out2.length > MAX_TOKENS) return;
  switch (n.type) {
    case "comment":
    case ",":
      return;
    case "parenthesized_expression": {
      const inner = n.namedChildren.filter((c) => c && c.type !== "comment");
      if (inner.length === 1) return walk(inner[0], out2);
      break;
    }
    case "string":
      out2.push(stringShape(n));
      return;
    case "concatenated_string": {
      const parts2 = n.namedChildren.filter((c) => !!c && c.type === "string");
      const shapes = parts2.map(stringShape);
      const prefixes = new Set(shapes.map((s) => s.slice(0, s.indexOf(":"))));
      out2.push(
        prefixes.size === 1 ? `${[...prefixes][0]}:${shapes.map((s) => s.slice(s.indexOf(":") + 1)).join("")}` : shapes.join("+")
      );
      return;
    }
    case "integer":
    case "float":
      out2.push(n.text.toLowerCase().replaceAll("_", ""));
      return;
  }
  if (n.childCount === 0) {
    out2.push(n.text);
    return;
  }
  for (const c of n.children) if (c) walk(c, out2);
}
function stringShape(n) {
  let prefix = "";
  const body2 = [];
  for (const c of n.children) {
    if (!c) continue;
    if (c.type === "string_start") prefix = c.text.replace(/['"]/g, "").toLowerCase().replace("u", "");
    else if (c.type === "string_end") continue;
    else if (c.type === "interpolation") {
      const inner = [];
      for (const k of c.namedChildren) if (k) walk(k, inner);
      body2.push(`{${inner.join(" ")}}`);
    } else body2.push(c.text.replace(/\\([\\'"])/g, (m, q) => q === "\\" ? m : q));
  }
  return `${prefix}:${JSON.stringify(body2.join(""))}`;
}

// src/resolve/local-sites.ts
var PATH = /^(\.{1,2}[\\/]|[\\/]|~[\\/]|[A-Za-z]:[\\/])/;
function localSite(locals, sites, resolver) {
  for (const o of sites) {
    for (const l of locals) {
      const a = hostArgNode(o.node, l.arg, o.args);
      if (!a) continue;
      const v = resolver.value(a, o.scope);
      if (l.in.length && a.type !== "string" && v.kind === "qualified" && l.in.includes(v.name)) return true;
      const text2 = v.kind === "text" && v.holes.length === 0 ? v.text : void 0;
      if (text2 === void 0) continue;
      if (l.text.includes(text2)) return true;
      if (l.path && PATH.test(text2)) return true;
    }
  }
  return false;
}
function unsentScheme(rule, value) {
  if (!rule.schemes || value?.kind !== "text" || value.holes.length > 0) return false;
  const v = value;
  const scheme = /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(v.text)?.[1]?.toLowerCase();
  return !scheme || !rule.schemes.includes(scheme);
}

// src/resolve/shell/words.ts
var LIMITS = {
  /** Shell-in-shell nesting (`sh -c`, `$(…)`, `cmd /c`, `powershell -enc`) followed before giving up. */
  depth: 8,
  /** Simple commands kept from one command string (all nesting levels together). */
  commands: 2e3,
  /** Words kept per simple command. */
  words: 1e3
};
function hasHoles(w) {
  return w.text.includes(HOLE);
}
function joinWords(words) {
  return { text: words.map((w) => w.text).join(" "), holes: words.flatMap((w) => w.holes) };
}
function holesIn(w, from, to) {
  const before = countHoles(w.text, 0, from);
  return w.holes.slice(before, before + countHoles(w.text, from, to));
}
function countHoles(text2, from, to) {
  let n = 0;
  for (let i2 = Math.max(0, from), end = Math.min(to, text2.length); i2 < end; i2++) if (text2.charCodeAt(i2) === 0) n++;
  return n;
}
function sliceWord(w, from, to = w.text.length) {
  return { text: w.text.slice(from, to), holes: holesIn(w, from, to) };
}
function toolName(w) {
  if (!w || !w.text || hasHoles(w)) return void 0;
  const base = w.text.replace(/^.*[\\/]/, "").toLowerCase().replace(/\.(exe|cmd|bat|com)$/, "");
  return base.replace(/(?<=[a-z])\d+(\.\d+)*$/, "") || base;
}

// src/resolve/shell/sh.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var PLAIN_SH = /[^\0 \t\r\n;&|()<>#'"\\$`]+/y;
var PLAIN_CMD = /[^\0 \t\r\n&|()<>"^]+/y;
function parseSh(text2, holes, o) {
  const out2 = [];
  new ShParser(text2, holes, o, out2).run();
  return out2;
}
var ShParser = class {
  constructor(text2, holes, o, out2) {
    this.text = text2;
    this.holes = holes;
    this.out = out2;
    this.sh = o.dialect === "sh";
    this.ops = o.operators !== false;
    this.depth = o.depth ?? 0;
    this.budget = o.budget ?? { commands: 0 };
  }
  text;
  holes;
  out;
  i = 0;
  hole = 0;
  words = [];
  cur;
  redirect = false;
  heredocs = [];
  heredocNext = false;
  vars = /* @__PURE__ */ new Map();
  sh;
  ops;
  depth;
  budget;
  run() {
    const t = this.text;
    while (this.i < t.length && this.budget.commands < LIMITS.commands) {
      const c = t[this.i];
      if (c === HOLE) {
        this.append(HOLE, this.holes[this.hole++]);
        this.i++;
      } else if (c === " " || c === "	" || c === "\r") {
        this.endWord();
        this.i++;
      } else if (c === "\n") {
        this.endCommand();
        this.i++;
        this.skipHeredocs();
      } else if (this.ops && !this.sh && (c === "(" || c === ")") && !this.cur && !this.words.length) {
        this.i++;
      } else if (this.ops && (c === "&" || c === "|" || this.sh && (c === ";" || c === "(" || c === ")"))) {
        if (c === "&" && t[this.i + 1] === ">") this.redirection();
        else {
          this.endCommand();
          this.i++;
        }
      } else if (this.ops && (c === "<" || c === ">")) {
        this.redirection();
      } else if (this.sh && c === "#" && !this.cur) {
        this.skipTo(t.indexOf("\n", this.i) < 0 ? t.length : t.indexOf("\n", this.i));
      } else if (this.sh && c === "'") {
        this.start();
        const end = t.indexOf("'", this.i + 1);
        this.literal(this.i + 1, end < 0 ? t.length : end);
        this.i = end < 0 ? t.length : end + 1;
      } else if (c === '"') {
        this.start();
        this.doubleQuoted();
      } else if (this.sh && c === "\\") {
        if (t[this.i + 1] === "\n") this.i += 2;
        else this.literal(this.i + 1, Math.min(this.i + 2, t.length), this.i += 2);
      } else if (!this.sh && c === "^") {
        this.literal(this.i + 1, Math.min(this.i + 2, t.length), this.i += 2);
      } else if (this.sh && c === "$") {
        this.dollar();
      } else if (this.sh && c === "`") {
        this.backtick();
      } else {
        const plain2 = this.sh ? PLAIN_SH : PLAIN_CMD;
        plain2.lastIndex = this.i;
        const run3 = plain2.exec(t);
        const len = run3 ? run3[0].length : 1;
        this.append(t.slice(this.i, this.i + len));
        this.i += len;
      }
    }
    this.endCommand();
  }
  start() {
    this.cur ??= { text: "", holes: [] };
  }
  append(s, hole2) {
    this.start();
    this.cur.text += s;
    if (s === HOLE) this.cur.holes.push(hole2);
  }
  /** text[from, to) as literal characters (holes inside still map to their values). */
  literal(from, to, next) {
    this.start();
    const piece = this.text.slice(from, to);
    this.cur.text += piece;
    const n = countHoles(this.text, from, to);
    for (let k = 0; k < n; k++) this.cur.holes.push(this.holes[this.hole++]);
    if (next !== void 0) this.i = next;
  }
  /** Skip text up to `to`, keeping hole numbering in step. */
  skipTo(to) {
    this.hole += countHoles(this.text, this.i, to);
    this.i = to;
  }
  doubleQuoted() {
    const t = this.text;
    this.i++;
    while (this.i < t.length && t[this.i] !== '"') {
      const c = t[this.i];
      if (c === HOLE) {
        this.append(HOLE, this.holes[this.hole++]);
        this.i++;
      } else if (this.sh && c === "\\" && '$`"\\\n'.includes(t[this.i + 1] ?? "")) {
        if (t[this.i + 1] !== "\n") this.append(t[this.i + 1]);
        this.i += 2;
      } else if (this.sh && c === "$") this.dollar();
      else if (this.sh && c === "`") this.backtick();
      else {
        this.append(c);
        this.i++;
      }
    }
    this.i++;
  }
  /** `$(…)`, `$((…))`, `${NAME}`, `$NAME`, `$1`, `$?`: a known variable is expanded, the rest are holes. */
  dollar() {
    const t = this.text;
    const next = t[this.i + 1];
    if (next === "(") {
      const end = matchingParen(t, this.i + 1);
      this.substitution(this.i + 2, end);
      this.i = Math.min(end + 1, t.length);
      return;
    }
    if (next === "{") {
      const close = t.indexOf("}", this.i + 2);
      const end = close < 0 ? t.length : close;
      this.expand(t.slice(this.i + 2, end));
      this.skipTo(Math.min(end + 1, t.length));
      return;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(t.slice(this.i + 1, this.i + 65));
    if (!m) {
      this.append("$");
      this.i++;
      return;
    }
    this.expand(m[0]);
    this.i += 1 + m[0].length;
  }
  expand(name2) {
    const v = NAME.test(name2) ? this.vars.get(name2) : void 0;
    if (v) {
      this.start();
      this.cur.text += v.text;
      this.cur.holes.push(...v.holes);
    } else this.append(HOLE, void 0);
  }
  backtick() {
    const t = this.text;
    let end = this.i + 1;
    while (end < t.length && t[end] !== "`") end += t[end] === "\\" ? 2 : 1;
    this.substitution(this.i + 1, Math.min(end, t.length));
    this.i = Math.min(end + 1, t.length);
  }
  /** The commands inside text[from, to) run too; their output is a hole in the current word. */
  substitution(from, to) {
    const inner = this.text.slice(from, to);
    const n = countHoles(this.text, from, to);
    const holes = this.holes.slice(this.hole, this.hole + n);
    this.hole += n;
    if (this.depth + 1 < LIMITS.depth && inner.trim()) {
      const opts = { dialect: "sh", depth: this.depth + 1, budget: this.budget };
      this.out.push(...parseSh(inner, holes, opts));
    }
    this.append(HOLE, void 0);
  }
  /** `>f`, `2>&1`, `<f`, `>>f`, `&>f`, `<<EOF` (its body is skipped at the next newline), `<<<word`. */
  redirection() {
    const t = this.text;
    if (this.cur && /^\d+$/.test(this.cur.text))
      this.cur = void 0;
    else this.endWord();
    const m = /^(<<<|<<-|<<|&>>|&>|>>|>&|<&|<>|>\||>|<)/.exec(t.slice(this.i, this.i + 3));
    this.i += m[0].length;
    if (m[0] === ">&" || m[0] === "<&") {
      const fd = /^\s*(\d+|-)/.exec(t.slice(this.i, this.i + 8));
      if (fd) {
        this.i += fd[0].length;
        return;
      }
    }
    this.redirect = true;
    this.heredocNext = m[0] === "<<" || m[0] === "<<-";
    if (this.heredocNext) this.heredocs.push({ delim: "", strip: m[0] === "<<-" });
  }
  skipHeredocs() {
    const t = this.text;
    for (const h of this.heredocs.splice(0)) {
      if (!h.delim) continue;
      while (this.i < t.length) {
        const nl = t.indexOf("\n", this.i);
        const end = nl < 0 ? t.length : nl;
        const line = t.slice(this.i, end);
        this.skipTo(Math.min(end + 1, t.length));
        if ((h.strip ? line.replace(/^\t+/, "") : line) === h.delim) break;
      }
    }
  }
  endWord() {
    const w = this.cur;
    this.cur = void 0;
    if (!w) return;
    if (this.redirect) {
      this.redirect = false;
      if (this.heredocNext) this.heredocs[this.heredocs.length - 1].delim = w.text;
      this.heredocNext = false;
      return;
    }
    const eq = w.text.indexOf("=");
    if (this.sh && this.ops && !this.words.length && eq > 0 && NAME.test(w.text.slice(0, eq))) {
      this.vars.set(w.text.slice(0, eq), { text: w.text.slice(eq + 1), holes: w.holes });
      return;
    }
    if (this.words.length < LIMITS.words) this.words.push(w);
  }
  endCommand() {
    this.endWord();
    if (this.words.length && this.budget.commands < LIMITS.commands) {
      this.budget.commands++;
      this.out.push({ words: this.words, dialect: this.sh ? "sh" : "cmd", depth: this.depth });
    }
    this.words = [];
  }
};
function matchingParen(t, open) {
  let depth = 0;
  for (let i2 = open; i2 < t.length; i2++) {
    const c = t[i2];
    if (c === "\\") i2++;
    else if (c === "'") {
      const e = t.indexOf("'", i2 + 1);
      i2 = e < 0 ? t.length : e;
    } else if (c === '"') {
      let e = i2 + 1;
      while (e < t.length && t[e] !== '"') e += t[e] === "\\" ? 2 : 1;
      i2 = e;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i2;
  }
  return t.length;
}

// src/resolve/shell/command-input.ts
var MAX_FOLLOW = 4;
var MAX_ITEMS2 = 256;
function commandInput(call, scope, resolver, layout = {}, args2 = callArgs(call)) {
  const program = layout.program !== void 0 ? args2.positional(layout.program) : void 0;
  let input;
  if (layout.argsFrom !== void 0) {
    const words = [];
    for (let i2 = layout.argsFrom, a = args2.positional(i2); a && i2 < MAX_ITEMS2; a = args2.positional(++i2))
      words.push(wordOf(a, scope, resolver));
    input = { kind: "argv", words };
  } else {
    const n = layout.argv !== void 0 ? args2.positional(layout.argv) : args2.positional(0) ?? args2.keyword("args") ?? args2.keyword("cmd");
    input = n ? inputOf(n, scope, resolver, 0) : void 0;
  }
  if (program && input) {
    const p = wordOf(program, scope, resolver);
    if (input.kind === "argv") input = { kind: "argv", words: [p, ...input.words.slice(1)] };
  }
  return input;
}
function inputOf(node, scope, resolver, depth) {
  const words = argvOf(node, scope, resolver, depth);
  if (words) return { kind: "argv", words };
  const v = resolver.value(node, scope);
  if (v.kind === "text") return { kind: "string", text: v.text, holes: v.holes, decoded: v.decoded };
  return v.kind === "unknown" ? void 0 : { kind: "argv", words: [{ text: HOLE, holes: [v] }] };
}
function argvOf(node, scope, resolver, depth) {
  if (depth > MAX_FOLLOW) return void 0;
  switch (node.type) {
    case "list":
    case "tuple":
      return node.namedChildren.filter((c) => !!c && c.type !== "comment").slice(0, MAX_ITEMS2).flatMap((c) => c.type === "list_splat" ? splat(c, scope, resolver, depth) : [wordOf(c, scope, resolver)]);
    case "parenthesized_expression":
      return node.firstNamedChild ? argvOf(node.firstNamedChild, scope, resolver, depth) : void 0;
    case "binary_operator": {
      if (node.childForFieldName("operator")?.text !== "+") return void 0;
      const l = argvOf(node.childForFieldName("left"), scope, resolver, depth + 1);
      const r = argvOf(node.childForFieldName("right"), scope, resolver, depth + 1);
      return l || r ? [...l ?? [hole()], ...r ?? [hole()]] : void 0;
    }
    case "identifier": {
      const bound2 = boundExpression(node, scope);
      return bound2 ? argvOf(bound2.node, bound2.scope, resolver, depth + 1) : void 0;
    }
    case "call":
      return callArgv(node, scope, resolver, depth);
    default:
      return void 0;
  }
}
function callArgv(node, scope, resolver, depth) {
  const fn = node.childForFieldName("function");
  const args2 = node.childForFieldName("arguments");
  const first = positionalArg(args2, 0);
  const callee = resolver.value(fn, scope);
  const name2 = callee.kind === "qualified" ? callee.name : "";
  if (name2 === "shlex.join") return first ? argvOf(first, scope, resolver, depth + 1) : void 0;
  if (name2 === "shlex.split" && first) {
    const v = resolver.value(first, scope);
    if (v.kind !== "text") return [hole(v)];
    return parseSh(v.text, v.holes, { dialect: "sh", operators: false }).flatMap((c) => c.words);
  }
  if (fn?.type !== "attribute") return void 0;
  const method = fn.childForFieldName("attribute")?.text;
  const recv = resolver.value(fn.childForFieldName("object"), scope);
  if (recv.kind !== "text") return void 0;
  if (method === "join" && first && /^\s+$/.test(recv.text)) return argvOf(first, scope, resolver, depth + 1);
  if (method === "split" && !first && !recv.holes.length)
    return recv.text.split(/\s+/).filter(Boolean).map((t) => ({ text: t, holes: [] }));
  return void 0;
}
function splat(n, scope, resolver, depth) {
  const inner = n.firstNamedChild;
  return (inner && argvOf(inner, scope, resolver, depth + 1)) ?? [hole()];
}
function wordOf(n, scope, resolver) {
  const v = resolver.value(n, scope);
  if (v.kind === "qualified" && v.name === "sys.executable") return { text: "python", holes: [] };
  return v.kind === "text" ? { text: v.text, holes: v.holes } : hole(v);
}
function hole(v) {
  return { text: HOLE, holes: [v] };
}
function boundExpression(id, scope) {
  for (let s = scope; s; s = s.parent) {
    const list = s.names.get(id.text);
    if (!list?.length) continue;
    const before = list.filter((b2) => b2.at <= id.startIndex);
    const b = (before.length ? before : list)[(before.length ? before : list).length - 1];
    return b.k === "expr" ? { node: b.node, scope: b.scope } : void 0;
  }
  return void 0;
}

// src/resolve/shell/powershell.ts
var DOTNET = /(webclient)\s*\)?\s*\.\s*(download(?:file|string|data)|upload(?:file|string|data|values)|openread|openwrite)(?:async|taskasync)?\s*\(|(?:\$[\w:]+|\u0000)\s*\.\s*(download(?:file|string|data)|upload(?:file|string|data|values)|openread|openwrite)(?:async|taskasync)?\s*\(|(sockets\.tcpclient|sockets\.udpclient)\s*\(?\s*\(|(webrequest|httpwebrequest)\]?\s*::\s*create\s*\(/gi;
var MAX_DOTNET = 64;
var PLAIN = /[^\0 \t\r\n,;|(){}=#<'"`$]+/y;
function parsePowerShell(text2, holes, depth, budget) {
  const out2 = [];
  new PsParser(text2, holes, depth, budget, out2).run();
  if (/webclient|tcpclient|udpclient|webrequest/i.test(text2)) dotnetCalls(text2, holes, depth, budget, out2);
  return out2;
}
function dotnetCalls(text2, holes, depth, budget, out2) {
  const webclient = /webclient/i.test(text2);
  let n = 0;
  for (const m of text2.matchAll(DOTNET)) {
    if (++n > MAX_DOTNET || budget.commands >= LIMITS.commands) break;
    const tool = m[2] ? `webclient.${m[2]}` : m[3] && webclient ? `webclient.${m[3]}` : m[4] ? m[4].replace(/^sockets\./i, "") : m[5] ? "webrequest.create" : void 0;
    if (!tool) continue;
    const open = m.index + m[0].length - 1;
    const close = closingParen(text2, open);
    const argsText = text2.slice(open + 1, close);
    const first = countHoles(text2, 0, open + 1);
    const argHoles = holes.slice(first, first + countHoles(argsText, 0, argsText.length));
    const args2 = new PsParser(argsText, argHoles, depth, { commands: 0 }, []).words1();
    budget.commands++;
    out2.push({ words: [{ text: tool.toLowerCase(), holes: [] }, ...args2], dialect: "powershell", depth });
  }
}
function closingParen(t, open) {
  let d = 0;
  for (let i2 = open; i2 < t.length; i2++) {
    const c = t[i2];
    if (c === "'" || c === '"') {
      const e = t.indexOf(c, i2 + 1);
      i2 = e < 0 ? t.length : e;
    } else if (c === "(") d++;
    else if (c === ")" && --d === 0) return i2;
  }
  return t.length;
}
var PsParser = class {
  constructor(text2, holes, depth, budget, out2) {
    this.text = text2;
    this.holes = holes;
    this.depth = depth;
    this.budget = budget;
    this.out = out2;
  }
  text;
  holes;
  depth;
  budget;
  out;
  i = 0;
  hole = 0;
  words = [];
  cur;
  vars = /* @__PURE__ */ new Map();
  /** The words of a text that is one argument list (`'u', 'path'`). */
  words1() {
    this.run(false);
    this.endWord();
    return this.words;
  }
  run(commands = true) {
    const t = this.text;
    while (this.i < t.length && this.budget.commands < LIMITS.commands) {
      const c = t[this.i];
      if (c === HOLE) {
        this.append(HOLE, this.holes[this.hole++]);
        this.i++;
      } else if (c === " " || c === "	" || c === "\r" || c === ",") {
        this.endWord();
        this.i++;
      } else if (commands && "\n;|(){}".includes(c)) {
        this.endCommand();
        this.i++;
      } else if (c === "=" && commands && !this.words.length && /^\$[\w:]+$/.test(this.cur?.text ?? "")) {
        this.endWord();
        this.words.push({ text: "=", holes: [] });
        this.i++;
      } else if (c === "#" && !this.cur) {
        const nl = t.indexOf("\n", this.i);
        this.skipTo(nl < 0 ? t.length : nl);
      } else if (c === "<" && t[this.i + 1] === "#") {
        const e = t.indexOf("#>", this.i + 2);
        this.skipTo(e < 0 ? t.length : e + 2);
      } else if (c === "'") {
        this.single();
      } else if (c === '"') {
        this.double();
      } else if (c === "`") {
        if (t[this.i + 1] !== "\n") this.literal(this.i + 1, Math.min(this.i + 2, t.length));
        this.i += 2;
      } else if (c === "$" && (this.cur || this.words.length || !commands)) {
        this.dollar();
      } else {
        PLAIN.lastIndex = this.i;
        const len = PLAIN.exec(t)?.[0].length ?? 1;
        this.append(t.slice(this.i, this.i + len));
        this.i += len;
      }
    }
    if (commands) this.endCommand();
  }
  append(s, hole2) {
    this.cur ??= { text: "", holes: [] };
    this.cur.text += s;
    if (s === HOLE) this.cur.holes.push(hole2);
  }
  literal(from, to) {
    this.cur ??= { text: "", holes: [] };
    this.cur.text += this.text.slice(from, to);
    const n = countHoles(this.text, from, to);
    for (let k = 0; k < n; k++) this.cur.holes.push(this.holes[this.hole++]);
  }
  skipTo(to) {
    this.hole += countHoles(this.text, this.i, to);
    this.i = to;
  }
  single() {
    const t = this.text;
    this.cur ??= { text: "", holes: [] };
    let i2 = this.i + 1;
    for (; ; ) {
      const e = t.indexOf("'", i2);
      if (e < 0) {
        this.literal(i2, t.length);
        this.i = t.length;
        return;
      }
      this.literal(i2, e);
      if (t[e + 1] !== "'") {
        this.i = e + 1;
        return;
      }
      this.append("'");
      i2 = e + 2;
    }
  }
  double() {
    const t = this.text;
    this.cur ??= { text: "", holes: [] };
    this.i++;
    while (this.i < t.length) {
      const c = t[this.i];
      if (c === '"' && t[this.i + 1] === '"') {
        this.append('"');
        this.i += 2;
      } else if (c === '"') {
        this.i++;
        return;
      } else if (c === "`") {
        this.literal(this.i + 1, Math.min(this.i + 2, t.length));
        this.i += 2;
      } else if (c === "$") this.dollar();
      else if (c === HOLE) {
        this.append(HOLE, this.holes[this.hole++]);
        this.i++;
      } else {
        this.append(c);
        this.i++;
      }
    }
  }
  /** `$(…)` runs its statements (a hole here); `$name` / `${name}`: a remembered literal, else a hole. */
  dollar() {
    const t = this.text;
    if (t[this.i + 1] === "(") {
      const end = closingParen(t, this.i + 1);
      const inner = t.slice(this.i + 2, end);
      const n = countHoles(inner, 0, inner.length);
      const holes = this.holes.slice(this.hole, this.hole + n);
      this.hole += n;
      if (this.depth + 1 < LIMITS.depth) this.out.push(...parsePowerShell(inner, holes, this.depth + 1, this.budget));
      this.append(HOLE, void 0);
      this.i = Math.min(end + 1, t.length);
      return;
    }
    const m = /^\{([^}]{0,64})\}|^[\w:]{1,64}/.exec(t.slice(this.i + 1, this.i + 67));
    if (!m) {
      this.append("$");
      this.i++;
      return;
    }
    const name2 = (m[1] ?? m[0]).toLowerCase();
    const v = this.vars.get(name2);
    if (v) {
      this.cur ??= { text: "", holes: [] };
      this.cur.text += v.text;
      this.cur.holes.push(...v.holes);
    } else this.append(HOLE, void 0);
    this.skipTo(this.i + 1 + m[0].length);
  }
  endWord() {
    if (this.cur && this.words.length < LIMITS.words) this.words.push(this.cur);
    this.cur = void 0;
  }
  endCommand() {
    this.endWord();
    let w = this.words;
    this.words = [];
    if (w.length >= 2 && w[1].text === "=" && /^\$[\w:]+$/.test(w[0].text)) {
      const name2 = w[0].text.slice(1).toLowerCase();
      if (w.length === 3) this.vars.set(name2, w[2]);
      w = w.slice(2);
    }
    while (w.length && (w[0].text === "&" || w[0].text === ".")) w = w.slice(1);
    if (!w.length || this.budget.commands >= LIMITS.commands) return;
    this.budget.commands++;
    const words = w.map((x, k) => k === 0 || /^-[A-Za-z]/.test(x.text) ? { ...x, text: x.text.toLowerCase() } : x);
    this.out.push({ words, dialect: "powershell", depth: this.depth });
  }
};

// src/resolve/shell/invocations.ts
var PREFIXES = {
  sudo: { values: ["-u", "-g", "-C", "-h", "-p", "-D", "-r", "-t", "-U", "-T"] },
  doas: { values: ["-u", "-C"] },
  env: { values: ["-u", "-C", "-S", "--unset", "--chdir"], assigns: true },
  nohup: {},
  setsid: {},
  time: {},
  nice: { values: ["-n", "--adjustment"] },
  ionice: { values: ["-c", "-n", "-p", "--class", "--classdata"] },
  stdbuf: { values: ["-i", "-o", "-e"] },
  timeout: { values: ["-s", "-k", "--signal", "--kill-after"], operands: 1 },
  chrt: { operands: 1 },
  taskset: { operands: 1 },
  xargs: { values: ["-I", "-n", "-P", "-L", "-d", "-E", "-s", "-a", "--max-args", "--max-procs", "--delimiter"] },
  exec: { values: ["-a"] },
  command: { stop: ["-v", "-V"] },
  builtin: {},
  busybox: {},
  proxychains: { values: ["-f"] },
  proxychains4: { values: ["-f"] },
  torsocks: {},
  call: {},
  start: { values: ["/d", "/affinity", "/node"] }
};
var KEYWORDS = /* @__PURE__ */ new Set(["then", "do", "else", "elif", "if", "while", "until", "!", "{", "time"]);
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "zsh", "dash", "ksh", "ash", "mksh", "fish", "busybox-sh"]);
var PYTHONS = /* @__PURE__ */ new Set(["python", "py", "pythonw", "pypy"]);
var PS_VALUES = [
  "executionpolicy",
  "windowstyle",
  "file",
  "configurationname",
  "outputformat",
  "inputformat",
  "version",
  "psconsolefile",
  "workingdirectory",
  "settingsfile",
  "custompipename"
];
var PS_SHORT = /* @__PURE__ */ new Set(["ep", "ex", "exec", "w", "win", "f", "of", "if", "v", "wd"]);
function psTakesValue(flag) {
  const name2 = flag.replace(/^[-/]/, "").toLowerCase();
  return PS_SHORT.has(name2) || name2.length >= 3 && PS_VALUES.some((p) => p.startsWith(name2));
}
function invocations(input) {
  const budget = { commands: 0 };
  const out2 = [];
  if (input.kind === "argv") run2(input.words, "sh", 0, budget, out2);
  else {
    const dialect = input.dialect ?? "sh";
    const commands = parseCommand(input.text, input.holes, dialect, 0, budget);
    for (const c of commands) each(c, budget, out2);
    if (dialect === "sh" && commands.some((c) => WINDOWS.has(toolName(c.words[0]) ?? "")))
      for (const c of parseCommand(input.text, input.holes, "cmd", 0, budget)) each(c, budget, out2);
  }
  return out2;
}
var WINDOWS = /* @__PURE__ */ new Set([
  "powershell",
  "pwsh",
  "cmd",
  "certutil",
  "bitsadmin",
  "mshta",
  "rundll32",
  "regsvr32",
  "msiexec",
  "wscript",
  "cscript"
]);
function pythonCode(input) {
  return invocations(input).flatMap((i2) => i2.code ? [i2.code] : []);
}
function parseCommand(text2, holes, dialect, depth, budget) {
  if (depth >= LIMITS.depth) return [];
  return dialect === "powershell" ? parsePowerShell(text2, holes, depth, budget) : parseSh(text2, holes, { dialect, depth, budget });
}
function each(c, budget, out2) {
  run2(c.words, c.dialect, c.depth, budget, out2);
}
function nested(w, dialect, depth, budget, out2) {
  for (const c of parseCommand(w.text, w.holes, dialect, depth + 1, budget)) each(c, budget, out2);
}
function run2(words, dialect, depth, budget, out2) {
  if (out2.length >= LIMITS.commands || depth >= LIMITS.depth) return;
  let w = words;
  for (let guard = 0; w.length && guard < 16; guard++) {
    const name2 = toolName(w[0]);
    if (name2 === void 0) break;
    if (KEYWORDS.has(name2) && dialect === "sh") {
      w = w.slice(1);
      continue;
    }
    const p = PREFIXES[name2];
    if (!p || name2 === "start" && dialect === "sh" || name2 === "call" && dialect === "sh") break;
    let k = 1;
    let operands = p.operands ?? 0;
    while (k < w.length) {
      const t = w[k].text;
      if (p.stop?.includes(t)) return;
      if (p.assigns && /^[A-Za-z_]\w*=/.test(t)) k++;
      else if (p.values?.includes(t.toLowerCase())) k += 2;
      else if (/^--?[A-Za-z]/.test(t) || dialect === "cmd" && /^\/[A-Za-z]/.test(t)) k++;
      else if (operands > 0) {
        operands--;
        k++;
      } else break;
    }
    w = w.slice(k);
  }
  if (!w.length) return;
  const tool = toolName(w[0]);
  const args2 = w.slice(1);
  const inv = { tool, args: args2, dialect, depth };
  out2.push(inv);
  if (tool === void 0) return;
  if (SHELLS.has(tool)) {
    const c = args2.findIndex((a) => /^-[A-Za-z]*c[A-Za-z]*$/.test(a.text) || a.text === "--command");
    if (c >= 0 && args2[c + 1]) nested(args2[c + 1], "sh", depth, budget, out2);
  } else if (tool === "su") {
    const c = args2.findIndex((a) => a.text === "-c" || a.text === "--command");
    if (c >= 0 && args2[c + 1]) nested(args2[c + 1], "sh", depth, budget, out2);
  } else if (tool === "watch") {
    const rest = skipOptions(args2, ["-n", "-d", "--interval"]);
    if (rest.length) nested(joinWords(rest), "sh", depth, budget, out2);
  } else if (tool === "cmd") {
    const c = args2.findIndex((a) => /^\/[ck]$/i.test(a.text));
    if (c >= 0 && args2.length > c + 1) nested(joinWords(args2.slice(c + 1)), "cmd", depth, budget, out2);
  } else if (tool === "powershell" || tool === "pwsh") {
    powershell(args2, depth, budget, out2);
  } else if (PYTHONS.has(tool)) {
    python(inv, dialect, depth, budget, out2);
  }
}
function skipOptions(args2, values) {
  let k = 0;
  while (k < args2.length && args2[k].text.startsWith("-")) k += values.includes(args2[k].text) ? 2 : 1;
  return args2.slice(k);
}
function powershell(args2, depth, budget, out2) {
  for (let k = 0; k < args2.length; k++) {
    const t = args2[k].text;
    if (/^-e(c|n(c(o(d(e(d(c(o(m(m(a(n(d)?)?)?)?)?)?)?)?)?)?)?)?)?$/i.test(t)) {
      const script = decodeUtf16Base64(args2[k + 1]?.text ?? "");
      if (script !== void 0) nested({ text: script, holes: [] }, "powershell", depth, budget, out2);
      return;
    }
    if (/^-c(o(m(m(a(n(d)?)?)?)?)?)?$/i.test(t)) {
      if (args2.length > k + 1) nested(joinWords(args2.slice(k + 1)), "powershell", depth, budget, out2);
      return;
    }
    if (psTakesValue(t)) k++;
    else if (!t.startsWith("-")) {
      nested(joinWords(args2.slice(k)), "powershell", depth, budget, out2);
      return;
    }
  }
}
function decodeUtf16Base64(b64) {
  if (b64.length > 1 << 18 || !/^[A-Za-z0-9+/=\s]{4,}$/.test(b64)) return void 0;
  const text2 = Buffer.from(b64, "base64").toString("utf16le");
  return /^[\t\n\r\x20-\x7e]*$/.test(text2) ? text2 : void 0;
}
function python(inv, dialect, depth, budget, out2) {
  const a = inv.args;
  for (let k = 0; k < a.length; k++) {
    const t = a[k].text;
    if (t === "-c" || /^-[bBdEiIOqsSuvx]+c$/.test(t)) {
      inv.code = a[k + 1];
      return;
    }
    if (t === "-m" && a[k + 1]) {
      run2(a.slice(k + 1), dialect, depth, budget, out2);
      return;
    }
    if (t === "-W" || t === "-X") k++;
    else if (!t.startsWith("-")) return;
  }
}

// src/rules/command-tools.ts
function toolSends(spec, inv) {
  if (!inv.tool || !spec.tools.includes(inv.tool)) return void 0;
  const fold = inv.dialect !== "sh";
  const known = (list) => new Set((list ?? []).map((f) => fold ? f.toLowerCase() : f));
  const values = known([...spec["value-flags"] ?? [], ...spec["host-flags"] ?? [], ...Object.keys(spec["flag-hosts"] ?? {})]);
  const slashFlags = known([...spec["requires-flags"] ?? [], ...spec["ignore-flags"] ?? []]);
  for (const f of values) slashFlags.add(f);
  const p = parse(inv.args, values, slashFlags, fold);
  if (spec["ignore-flags"]?.some((f) => p.options.has(fold ? f.toLowerCase() : f))) return void 0;
  const req = spec["requires-flags"];
  if (req && !req.some((f) => p.options.has(fold ? f.toLowerCase() : f))) return void 0;
  let operands = p.operands;
  if (spec.subcommands) {
    const sub = spec.subcommands.find((s) => startsWith(operands, s.split(" "), fold));
    if (!sub) return void 0;
    operands = operands.slice(sub.split(" ").length);
  }
  const skip = spec["skip-prefixes"] ?? [];
  operands = operands.filter((w) => !skip.some((s) => w.text.startsWith(s)));
  const found = fromFlags(spec, p, fold) ?? fromOperands(spec, operands);
  if (!found && spec["needs-host"]) return void 0;
  return found ?? { form: "name", defaultHost: spec["default-host"] };
}
function startsWith(operands, words, fold) {
  return words.every((w, i2) => {
    const t = operands[i2]?.text;
    return t !== void 0 && (fold ? t.toLowerCase() === w.toLowerCase() : t === w);
  });
}
function parse(args2, values, slashFlags, fold) {
  const options = /* @__PURE__ */ new Map();
  const operands = [];
  for (let k = 0; k < args2.length; k++) {
    const w = args2[k];
    const t = fold ? w.text.toLowerCase() : w.text;
    if (t === "--") {
      operands.push(...args2.slice(k + 1));
      break;
    }
    const option = t.startsWith("-") && t.length > 1 && !hasHoles(w) || slashFlags.has(t.split(/[=:]/)[0]);
    if (!option) {
      operands.push(w);
      continue;
    }
    const eq = t.indexOf("=");
    const name2 = eq > 0 ? t.slice(0, eq) : t;
    if (eq > 0 && values.has(name2)) options.set(name2, sliceWord(w, eq + 1));
    else if (values.has(t)) {
      const v = args2[++k];
      options.set(t, v ?? true);
    } else if (!t.startsWith("--") && values.has(t.slice(0, 2)) && t.length > 2) {
      options.set(t.slice(0, 2), sliceWord(w, 2));
    } else options.set(name2, true);
  }
  return { options, operands };
}
function fromFlags(spec, p, fold) {
  for (const [flag, template] of Object.entries(spec["flag-hosts"] ?? {})) {
    const v = p.options.get(fold ? flag.toLowerCase() : flag);
    if (v && v !== true) {
      const at = template.indexOf("{}");
      const text2 = template.slice(0, at) + v.text + template.slice(at + 2);
      return { host: { text: text2, holes: v.holes }, form: "name" };
    }
  }
  for (const flag of spec["host-flags"] ?? []) {
    const v = p.options.get(fold ? flag.toLowerCase() : flag);
    if (v && v !== true) return { host: v, form: "remote" };
  }
  return void 0;
}
var URL2 = /^[a-z][a-z0-9+.-]{0,20}:\/\//i;
var REMOTE = /^([^@/\s:]{1,64}@)?(\0|[^@/\s:\\]{2,253}):(?!\/\/)/;
var HOSTISH = /^(\d{1,3}(\.\d{1,3}){3}|[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,})(:\d{1,5})?(\/|$)/i;
function fromOperands(spec, operands) {
  const n = spec.operand ?? 0;
  switch (spec.host ?? "url") {
    case "none":
      return void 0;
    case "operand":
      return operands[n] ? { host: operands[n], form: "remote" } : void 0;
    case "image": {
      const img = operands[n];
      if (!img) return void 0;
      const first = img.text.split("/")[0];
      if (img.text.includes("/") && (/[.:]/.test(first) || first === "localhost"))
        return { host: sliceWord(img, 0, first.length), form: "name" };
      return { form: "name", defaultHost: spec["default-host"] };
    }
    case "address": {
      const types = new Set((spec["address-types"] ?? []).map((t) => t.toLowerCase()));
      for (const w of operands) {
        const m = /^([A-Za-z0-9-]+):/.exec(w.text);
        if (m && types.has(m[1].toLowerCase())) {
          const rest = sliceWord(w, m[0].length);
          const end = rest.text.search(/[:,]/);
          return { host: end < 0 ? rest : sliceWord(rest, 0, end), form: "name" };
        }
      }
      return void 0;
    }
    case "url":
    case "url-only": {
      const url = operands.find((w) => URL2.test(w.text)) ?? operands.find((w) => REMOTE.test(w.text));
      if (url) return { host: url, form: "remote" };
      if (spec.host === "url-only") return void 0;
      const bare = operands.find((w) => HOSTISH.test(w.text) && !/\.(txt|json|log|sh|py|tar|gz|zip|csv|html?)$/i.test(w.text));
      const built = bare ?? operands.find((w) => w.text.startsWith(HOLE));
      return built ? { host: built, form: "remote" } : void 0;
    }
  }
}

// src/rules/command-site.ts
var last;
function commandSite(rule, call, scope, resolver, view, callee) {
  if (last?.rule === rule && last.call === call && last.view === view) return last.site;
  const layout = layoutFor(rule, callee ?? calleeOf(call, scope, resolver));
  const input = commandInput(call, scope, resolver, layout, view);
  const site2 = input ? computeSite(rule, input) : void 0;
  last = { rule, call, view, site: site2 };
  return site2;
}
function computeSite(rule, input) {
  const w = rule.when;
  if (!w) return void 0;
  const invs = invocations(input);
  const decoded = input.kind === "string" && !!input.decoded;
  if (w.commandIn) {
    const set = new Set(w.commandIn.map((t) => t.toLowerCase()));
    const hit = invs.find((i2) => i2.tool && set.has(i2.tool));
    if (!hit) return void 0;
    if (!w.commands) return site(hit, toolSends({ tools: [hit.tool] }, hit), decoded);
  }
  for (const inv of invs) {
    for (const spec of w.commands ?? []) {
      const s = toolSends(spec, inv);
      if (s) return site(inv, s, decoded);
    }
  }
  return void 0;
}
function commandPythonCode(call, scope, resolver, rule, view, callee) {
  const layout = rule ? layoutFor(rule, callee ?? calleeOf(call, scope, resolver)) : {};
  const input = commandInput(call, scope, resolver, layout, view);
  if (!input) return [];
  return pythonCode(input).map((w) => ({ kind: "text", text: w.text, holes: w.holes.map((h) => h ?? UNKNOWN) }));
}
var layouts = /* @__PURE__ */ new WeakMap();
function calleeOf(call, scope, resolver) {
  const v = resolver.value(call.childForFieldName("function"), scope);
  return v.kind === "qualified" ? v.name : void 0;
}
function layoutFor(rule, callee) {
  const at = rule.when?.commandAt;
  if (!at?.length || !callee) return {};
  let compiled = layouts.get(rule);
  if (!compiled) {
    compiled = at.map((a) => ({
      patterns: a.calls.flatMap((p) => compilePattern(p).map((c) => c.segments)),
      layout: { argv: a.argv, program: a.program, argsFrom: a["args-from"] }
    }));
    layouts.set(rule, compiled);
  }
  const name2 = callee.split(".");
  return compiled.find((c) => c.patterns.some((p) => matchSegments(p, name2)))?.layout ?? {};
}
function site(inv, s, decoded) {
  const d = destinationOfWord(s);
  return { tool: inv.tool, destination: decoded && d.source === "literal" ? { ...d, source: "decoded" } : d };
}
function destinationOfWord(s) {
  const w = s.host;
  if (!w) return s.defaultHost ? { host: s.defaultHost, source: "default" } : { source: "default" };
  const part = hostPart(w, s.form);
  if (hasHoles(w)) {
    if (w.text.length === 1) return toDestination(w.holes[0] ?? UNKNOWN, void 0);
    const zone = builtNameZone(textValue(part));
    if (zone && !/[/@:]/.test(part.text)) return zone;
    return toDestination(textValue(part), void 0);
  }
  if (URL_START.test(w.text)) {
    const d = destinationOf(w.text, []);
    return d.host ? { host: d.host, scheme: d.scheme, source: "literal" } : { source: "default" };
  }
  const host = part.text.toLowerCase();
  return /^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(:\d{1,5})?$/.test(host) ? { host, source: "literal" } : { source: "default" };
}
var URL_START = /^[a-z][a-z0-9+.-]{0,20}:\/\//i;
function hostPart(w, form) {
  const text2 = w.text;
  if (form === "name" || URL_START.test(text2)) return w;
  const slash = text2.indexOf("/");
  const at = (slash < 0 ? text2 : text2.slice(0, slash)).lastIndexOf("@");
  const from = at + 1;
  const m = /^([^:/]*)(:\d{1,5}(?=$|\/))?/.exec(text2.slice(from));
  return sliceWord(w, from, from + m[0].length);
}
function textValue(w) {
  return { kind: "text", text: w.text, holes: w.holes.map((h) => h ?? UNKNOWN) };
}

// src/rules/conditions.ts
function conditionHolds(rule, call, scope, resolver, d, index, view) {
  const w = rule.when;
  if (!w) return true;
  const args2 = view ?? callArgs(call);
  if ((w.commandIn || w.commands) && !commandSite(rule, call, scope, resolver, view)) return false;
  if (w.argDynamic !== void 0) {
    const v = resolver.value(args2.positional(w.argDynamic), scope);
    const built = v.kind === "text" && (v.holes.length > 0 && v.text.replaceAll(HOLE, "").length > 0 || !!v.decoded);
    if (!built) return false;
  }
  if (w.argIn) {
    const v = resolver.value(args2.positional(0), scope);
    if (v.kind !== "text" || v.holes.length || !w.argIn.includes(v.text.split(".")[0])) return false;
  }
  if (w.argNameIn) {
    const names = new Set(w.argNameIn);
    const hit = allArgs(args2).some((n) => {
      const v = resolver.value(n, scope);
      return v?.kind === "qualified" && names.has(v.name);
    });
    if (!hit) return false;
  }
  if (w.schemeIn && !(d.dest.scheme && w.schemeIn.includes(d.dest.scheme))) {
    const scheme = d.dest.host?.match(/^([a-z0-9]+):\/\//)?.[1];
    if (!scheme || !w.schemeIn.includes(scheme)) return false;
  }
  if (w.argNetwork !== void 0) {
    const a = args2.positional(w.argNetwork);
    if (!a || !containsNetworkCall(a, scope, resolver, index)) return false;
  }
  return true;
}
function containsNetworkCall(node, scope, resolver, index, depth = 0) {
  if (depth > 3) return false;
  for (const call of [node, ...node.descendantsOfType("call")]) {
    if (call?.type !== "call") continue;
    const callee = resolver.value(call.childForFieldName("function"), scope);
    if (callee.kind !== "qualified") continue;
    const m = index.matches(callee.name, ["send", "connect"])[0];
    if (m && m.rule.siteKind !== "covert") return true;
  }
  const names = node.type === "identifier" ? [node] : node.descendantsOfType("identifier").slice(0, 16);
  for (const id of names) {
    for (let s = scope; s; s = s.parent) {
      const list = s.names.get(id.text);
      if (!list) continue;
      if (list.some((b) => b.k === "expr" && containsNetworkCall(b.node, b.scope, resolver, index, depth + 1)))
        return true;
      break;
    }
  }
  return false;
}
function allArgs(args2) {
  const out2 = [];
  for (let i2 = 0, n = args2.positional(0); n && i2 < 64; n = args2.positional(++i2)) out2.push(n);
  return [...out2, ...args2.keywords().map((k) => k.value)];
}

// src/scan/match-call.ts
var SITE_KINDS = ["client", "send", "init", "connect"];
function calleeName(v) {
  if (v.kind === "qualified") return v;
  if ((v.kind === "function" || v.kind === "class") && v.qual) return { kind: "qualified", name: v.qual, origins: [] };
  return void 0;
}
function constructedBase(node, scope, resolver) {
  const made = resolver.value(node, scope);
  if (made.kind !== "qualified" || !made.name.endsWith("()")) return void 0;
  return { kind: "qualified", name: made.name.slice(0, -2), origins: made.origins.slice(0, -1) };
}
function matchCall(node, scope, callee, resolver, index, view) {
  const matches = index.matches(callee.name, SITE_KINDS);
  if (!matches.length) return void 0;
  const client = matches[0].kind === "client";
  const ordered = [
    ...matches.filter((m) => m.kind !== "client" && m.rule.when),
    ...client ? [] : matches.filter((m) => !m.rule.when),
    // A client constructor is a site only for rules that say so, and only where it names a destination.
    ...client && matches[0].rule.clientSites && namesDestination(node, matches[0].rule, view) ? [matches[0]] : []
  ];
  for (const m of ordered) {
    const d = destinationFor(
      m.rule,
      m.kind === "connect" || m.kind === "init" || m.kind === "client",
      node,
      scope,
      callee,
      resolver,
      view
    );
    const command = m.rule.when?.commandIn || m.rule.when?.commands;
    const site2 = command ? commandSite(m.rule, node, scope, resolver, view, callee.name) : void 0;
    if (!conditionHolds(m.rule, node, scope, resolver, d, index, view)) continue;
    let dest = d.dest;
    if (site2) dest = site2.destination;
    else if (!dest.host && m.rule.when) dest = builtNameZone(firstArgValue(node, scope, resolver, view)) ?? dest;
    if (isLocalDestination(dest) || unsentScheme(m.rule, d.value)) return void 0;
    if (!view && bareConstructor(m, node, callee.name)) return void 0;
    const argSites = [{ node, scope, args: view }, ...callee.origins];
    if (m.rule.localWhen.length && localSite(m.rule.localWhen, argSites, resolver)) return void 0;
    return {
      match: m,
      callee: callee.name,
      destination: dest,
      value: d.value,
      argSites,
      hintHost: defaultHost(d.value)
    };
  }
  return void 0;
}
function matchPassed(node, scope, runner, resolver, index) {
  const passed = passedCallable(runner, node, scope, resolver);
  const q = passed && calleeName(passed.value);
  return q ? matchCall(node, scope, q, resolver, index, passed.args) : void 0;
}
function namesDestination(call, rule, view) {
  return [...rule.hostArgs, ...rule.constructorHostArgs].some((h) => hostArgNode(call, h, view) !== void 0);
}
function bareConstructor(m, call, callee) {
  if (m.kind !== "connect" || m.rule.when || callee.includes("()")) return false;
  if (m.rule.hosts.some((h) => !h.startsWith("*."))) return false;
  const args2 = call.childForFieldName("arguments");
  return !!args2 && args2.type === "argument_list" && args2.namedChildren.every((c) => c?.type === "comment");
}

// src/scan/module-config.ts
function moduleConfigs(sym, resolver, index) {
  const out2 = [];
  for (const c of sym.module.configs) {
    const target = resolver.value(c.object, c.scope);
    if (target.kind !== "qualified" || target.origins.length || target.name.includes("()")) continue;
    const module2 = target.name;
    const rule = index.rules.find(
      (r) => r.modules.some((m) => module2 === m || module2.startsWith(`${m}.`)) && [...r.hostArgs, ...r.constructorHostArgs].some((h) => h.name === c.attr)
    );
    if (!rule) continue;
    const destination = toDestination(resolver.value(c.value, c.scope), c.value);
    out2.push({ rule, module: module2, attr: c.attr, node: c.node, scope: c.scope, destination });
  }
  return out2;
}
function configuredDestination(configs, callee) {
  const c = configs.find(
    (x) => (callee === x.module || callee.startsWith(`${x.module}.`)) && (x.destination.host || x.destination.detail)
  );
  return c?.destination;
}

// src/scan/policy.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
function hostMatches(pattern, host) {
  if (!host) return false;
  const h = host.toLowerCase().replace(/:\d+$/, "");
  const p = pattern.toLowerCase();
  if (p.startsWith("*.")) return h.endsWith(p.slice(1));
  return h === p || h.endsWith(`.${p}`);
}
var matchers2 = /* @__PURE__ */ new WeakMap();
function entryMatches(e, f) {
  if (e.service && e.service.toLowerCase() !== f.service.toLowerCase()) return false;
  if (e.category && e.category !== f.category) return false;
  if (e.rule && e.rule !== f.ruleId) return false;
  if (e.package && e.package.toLowerCase().replace(/[-_.]+/g, "-") !== f.dependency?.package) return false;
  if (e.host && !hostMatches(e.host, f.destination.host)) return false;
  if (e.paths?.length) {
    let m = matchers2.get(e);
    if (!m) matchers2.set(e, m = (0, import_picomatch2.default)(e.paths, { dot: true }));
    if (!m(f.file)) return false;
  }
  return true;
}
function applyPolicy(f, config) {
  if (config.internalDomains.some((d) => hostMatches(d, f.destination.host))) {
    f.risk = "low";
    f.tags.push("internal");
  }
  const override = config.severity[f.ruleId] ?? config.severity[f.category];
  if (override) f.risk = override;
  const deny = config.deny.find((e) => entryMatches(e, f));
  if (deny) f.denied = { by: deny.label };
  else {
    const allow = config.allow.find((e) => entryMatches(e, f));
    if (allow) f.allowed = { by: allow.label };
  }
}

// src/scan/suppressions.ts
var SUPPRESSION_FORM = /^#\s{0,8}egress:\s{0,8}(allow|allow-file)(?:\[([^\]\n]{0,500})\])?(?:\s{1,8}(.{0,500}))?$/;
function parseSuppressions(parser, root) {
  const list = [];
  for (const cap of parser.query("(comment) @c").captures(root)) {
    const text2 = cap.node.text;
    if (!text2.includes("egress:")) continue;
    const m = SUPPRESSION_FORM.exec(text2.trim());
    if (!m) continue;
    const line = cap.node.startPosition.row + 1;
    const prev = cap.node.previousSibling;
    const trailing = !!prev && prev.endPosition.row === cap.node.startPosition.row;
    const lines = [line];
    if (!trailing) {
      let last2 = cap.node.endPosition.row;
      for (let n = cap.node.nextSibling; n?.type === "comment" && n.startPosition.row === last2 + 1 && lines.length < 20; ) {
        last2 = n.endPosition.row;
        lines.push(last2 + 1);
        n = n.nextSibling;
      }
      lines.push(last2 + 2);
    }
    list.push(suppressionOf(m, line, lines, text2.trim()));
  }
  return {
    match(f) {
      const s = coveringSuppression(list, f);
      return s && { justification: s.reason, line: s.line };
    },
    unused() {
      return list.filter((s) => !s.used);
    }
  };
}
function suppressionOf(m, line, lines, text2) {
  return {
    line,
    lines,
    file: m[1] === "allow-file",
    targets: (m[2] ?? "").split(",").map((t) => t.trim().toLowerCase()).filter(Boolean),
    reason: (m[3] ?? "").trim() || "no reason given",
    text: text2.slice(0, 300),
    used: false
  };
}
function coveringSuppression(list, f, names = () => false) {
  for (const s of list) {
    if (!s.file && !s.lines.includes(f.startLine)) continue;
    const named2 = (t) => t === f.ruleId || t === f.service.toLowerCase() || t === f.category || names(t);
    if (s.targets.length && !s.targets.some(named2)) continue;
    s.used = true;
    return s;
  }
  return void 0;
}

// src/scan/wrapper-sites.ts
function wrapperSites(call, scope, fn, args2, wrappers, resolver, pathOf) {
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const w of wrappers.sendsOf(fn.scope)) {
    if (seen.has(w.sendNode)) continue;
    let destination = w.send.destination;
    let v = w.send.value;
    if (w.param !== void 0 && w.template !== void 0) {
      const arg = argumentFor(args2, fn.scope, w.param, !!fn.bound);
      v = arg ? substitute(w.template, w.param, resolver.value(arg, scope)) : void 0;
      if (!arg || !v) continue;
      destination = toDestination(v, arg);
    } else if (!(w.data ?? []).some((d) => argumentFor(args2, fn.scope, d, !!fn.bound))) {
      continue;
    }
    if (!destination.host && destination.source !== "env") continue;
    if (isLocalDestination(destination)) continue;
    seen.add(w.sendNode);
    out2.push({
      node: call,
      scope,
      match: w.send.match,
      callee: wrapperName(fn, w.send.callee),
      destination,
      argSites: [{ node: call, scope }, ...w.send.argSites],
      hintHost: defaultHost(v),
      trace: [{ file: pathOf(w.sendScope), line: w.sendNode.startPosition.row + 1, role: "send" }]
    });
  }
  return out2;
}
function wrapperName(fn, inner) {
  if (fn.qual) return fn.qual;
  const name2 = fn.scope.node.childForFieldName("name")?.text;
  return name2 ? `${name2} \u2192 ${inner}` : inner;
}

// src/resolve/decompress.ts
import { gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
function decompress(fn, bytes, limit) {
  const input = Buffer.from(bytes, "latin1");
  const opts = { maxOutputLength: Math.max(1, limit) };
  const attempts = fn === "gzip.decompress" ? [gunzipSync] : fn === "zlib.decompress" || fn === "zlib" ? [inflateSync, gunzipSync, inflateRawSync] : void 0;
  if (!attempts) return { unsupported: fn.replace(/\.decompress$/, "") };
  for (const f of attempts) {
    try {
      return { out: f(input, opts).toString("latin1") };
    } catch (e) {
      if (e instanceof RangeError || e.code === "ERR_BUFFER_TOO_LARGE")
        return { bound: true };
    }
  }
  return { invalid: true };
}
var DECOMPRESSORS = /* @__PURE__ */ new Set(["zlib.decompress", "gzip.decompress", "bz2.decompress", "lzma.decompress"]);

// src/resolve/payload.ts
var PAYLOAD_LIMITS = { maxBytes: 1 << 20, maxInput: 4 << 20, maxLayers: 8, maxRatio: 250, maxSteps: 2e3 };
function payloadOf(node, scope, resolver, files) {
  const e = new PayloadEval(resolver, files);
  const b = e.ev(node, scope, 0);
  if (b && b.s.length > PAYLOAD_LIMITS.maxBytes) return { note: "decoded code larger than 1 MB: not analysed" };
  if (!b) return e.note ? { note: e.note } : {};
  const text2 = b.bytes ? decodeText(b.s, "utf8") ?? b.s : b.s;
  return { payload: { text: text2, layers: b.layers }, ...e.note ? { note: e.note } : {} };
}
function writtenPayload(pathNode, scope, resolver, files) {
  const p = resolver.value(pathNode, scope);
  const w = p.kind === "text" && !p.holes.length ? files.get(p.text) : void 0;
  return w ? payloadOf(w.node, w.scope, resolver, files) : {};
}
var PayloadEval = class {
  constructor(resolver, files) {
    this.resolver = resolver;
    this.files = files;
  }
  resolver;
  files;
  note;
  steps = 0;
  bound(why) {
    this.note ??= why;
    return void 0;
  }
  fits(s) {
    return s.length <= PAYLOAD_LIMITS.maxInput || !this.bound("a value in the code run is larger than 4 MB: not decoded");
  }
  layer(b, s, name2, bytes) {
    if (s === void 0 || !this.fits(s)) return void 0;
    if (b.layers.length >= PAYLOAD_LIMITS.maxLayers)
      return this.bound(`code nested in more than ${PAYLOAD_LIMITS.maxLayers} layers of encoding: not analysed`);
    return { s, bytes, layers: [...b.layers, name2] };
  }
  ev(node, scope, depth) {
    if (!node) return void 0;
    if (++this.steps > PAYLOAD_LIMITS.maxSteps || depth > 64) return this.bound("decoding stopped at its work budget");
    switch (node.type) {
      case "string":
        return this.literal(node, scope);
      case "concatenated_string":
      case "binary_operator": {
        const parts2 = node.type === "binary_operator" ? node.childForFieldName("operator")?.text === "+" ? [node.childForFieldName("left"), node.childForFieldName("right")] : [] : node.namedChildren;
        if (!parts2.length) return this.small(node, scope);
        let acc;
        for (const p of parts2) {
          const b = this.ev(p, scope, depth + 1);
          if (!b) return void 0;
          acc = acc ? { s: acc.s + b.s, bytes: acc.bytes, layers: [...acc.layers, ...b.layers] } : b;
          if (!this.fits(acc.s)) return void 0;
        }
        return acc;
      }
      case "parenthesized_expression":
        return this.ev(node.firstNamedChild, scope, depth + 1);
      case "identifier":
        return this.name(node, scope, depth);
      case "subscript": {
        const b = this.ev(node.childForFieldName("value"), scope, depth + 1);
        const sl = node.childForFieldName("subscript");
        if (!b || sl?.type !== "slice") return b ? void 0 : this.small(node, scope);
        const bounds = sliceBounds(sl, (n) => this.resolver.value(n, scope));
        return bounds ? { ...b, s: sliceOf(b.s, bounds) } : void 0;
      }
      case "call":
        return this.call(node, scope, depth);
      default:
        return this.small(node, scope);
    }
  }
  /** Anything the destination resolver folds (joins of literals, `chr` codes, f-strings of constants). */
  small(node, scope) {
    const v = this.resolver.value(node, scope);
    if (v.kind !== "text" || v.holes.length) return void 0;
    return { s: v.text, bytes: false, layers: v.decoded ? ["folded"] : [] };
  }
  literal(node, scope) {
    const prefix = node.firstChild?.text.replace(/["']+$/, "") ?? "";
    if (/f/i.test(prefix)) return this.small(node, scope);
    if (node.endIndex - node.startIndex > PAYLOAD_LIMITS.maxInput)
      return this.bound("string literal larger than 4 MB: not decoded");
    let s = "";
    for (const c of node.namedChildren) {
      if (c?.type !== "string_content") continue;
      s += /r/i.test(prefix) ? c.text : unescapeContent(c.text);
    }
    const bytes = /b/i.test(prefix);
    if (bytes) s = encodeText(s, "latin1") ?? encodeText(s, "utf8") ?? s;
    return this.fits(s) ? { s, bytes, layers: [] } : void 0;
  }
  name(node, scope, depth) {
    for (let s = scope; s; s = s.parent) {
      const list = s.names.get(node.text);
      if (!list?.length) continue;
      const before = s === scope ? list.filter((b2) => b2.at <= node.startIndex) : list;
      const b = (before.length ? before : list)[(before.length ? before : list).length - 1];
      return b.k === "expr" ? this.ev(b.node, b.scope, depth + 1) : void 0;
    }
    return void 0;
  }
  call(node, scope, depth) {
    const fn = node.childForFieldName("function");
    const args2 = node.childForFieldName("arguments");
    const arg = (i2, kw) => positionalArg(args2, i2) ?? (kw ? keywordArg(args2, kw) : void 0);
    const text2 = (i2, kw) => {
      const n = arg(i2, kw);
      const v = n ? this.resolver.value(n, scope) : void 0;
      return v?.kind === "text" && !v.holes.length ? v.text : void 0;
    };
    const callee = this.resolver.value(fn, scope);
    const q = callee.kind === "qualified" ? callee.name : void 0;
    if (q === "marshal.loads") return this.bound("marshal.loads (compiled bytecode) is not decoded");
    if (q === "builtins.compile") return this.ev(arg(0, "source"), scope, depth + 1);
    if (q && BINARY_DECODERS.has(q)) {
      const b2 = this.ev(arg(0), scope, depth + 1);
      return b2 && this.layer(b2, binaryDecode(q, b2.s), q.replace(/^(builtins|base64|binascii)\./, ""), true);
    }
    if (q && DECOMPRESSORS.has(q)) return this.decompressed(q, this.ev(arg(0), scope, depth + 1));
    if (q === "codecs.decode" || q === "codecs.encode") {
      const b2 = this.ev(arg(0, "obj"), scope, depth + 1);
      return b2 && this.codec(b2, text2(1, "encoding") ?? "utf-8", q === "codecs.encode");
    }
    if ((q === "builtins.bytes" || q === "builtins.bytearray") && !arg(1, "encoding")) {
      const b2 = this.ev(arg(0), scope, depth + 1);
      return b2?.bytes ? b2 : this.small(node, scope);
    }
    if ((q === "builtins.str" || q === "builtins.bytes") && arg(1, "encoding")) {
      const b2 = this.ev(arg(0), scope, depth + 1);
      const enc = text2(1, "encoding") ?? "";
      if (!b2) return void 0;
      if (q === "builtins.str") return b2.bytes ? this.layer(b2, decodeText(b2.s, enc), enc, false) : void 0;
      return b2.bytes ? b2 : this.layer(b2, encodeText(b2.s, enc), enc, true);
    }
    if (fn?.type !== "attribute") return this.small(node, scope);
    const method = fn.childForFieldName("attribute")?.text;
    const objNode = fn.childForFieldName("object");
    if (method === "read" || method === "read_text" || method === "read_bytes")
      return this.readBack(objNode, scope, depth);
    if (!["decode", "encode", "replace", "strip", "lstrip", "rstrip"].includes(method ?? ""))
      return this.small(node, scope);
    const b = this.ev(objNode, scope, depth + 1);
    if (!b) return void 0;
    switch (method) {
      case "decode": {
        const enc = text2(0, "encoding") ?? "utf-8";
        if (!b.bytes) return b;
        return this.layer(b, decodeText(b.s, enc), enc, false);
      }
      case "encode": {
        const enc = text2(0, "encoding") ?? "utf-8";
        return b.bytes ? b : this.codec(b, enc, true);
      }
      case "replace": {
        const from = this.ev(arg(0), scope, depth + 1);
        const to = this.ev(arg(1), scope, depth + 1);
        if (!from || !to || !from.s) return void 0;
        const out2 = b.s.split(from.s).join(to.s);
        return this.fits(out2) ? { ...b, s: out2 } : void 0;
      }
      default:
        return { ...b, s: method === "lstrip" ? b.s.trimStart() : method === "rstrip" ? b.s.trimEnd() : b.s.trim() };
    }
  }
  /** `codecs.decode(x, "rot13" | "hex" | "base64" | "zlib" | "cp1026"...)` and `str.encode(codec)`. */
  codec(b, enc, encode) {
    const c = enc.toLowerCase().replace(/[-_]/g, "");
    if (c === "rot13") return this.layer(b, rot13(b.s), "rot13", b.bytes);
    if (c === "hex" || c === "hexcodec")
      return encode ? void 0 : this.layer(b, binaryDecode("binascii.unhexlify", b.s), "hex", true);
    if (c === "base64" || c === "base64codec")
      return encode ? void 0 : this.layer(b, binaryDecode("base64.b64decode", b.s), "base64", true);
    if (c === "zlib" || c === "zlibcodec") return encode ? void 0 : this.decompressed("zlib.decompress", b);
    if (c === "bz2" || c === "bz2codec") return encode ? void 0 : this.decompressed("bz2.decompress", b);
    if (encode) return b.bytes ? void 0 : this.layer(b, encodeText(b.s, enc), enc, true);
    return b.bytes ? this.layer(b, decodeText(b.s, enc), enc, false) : void 0;
  }
  decompressed(fn, b) {
    if (!b) return void 0;
    const limit = Math.min(PAYLOAD_LIMITS.maxBytes, b.s.length * PAYLOAD_LIMITS.maxRatio + 4096);
    const r = decompress(fn, b.s, limit);
    if ("out" in r) return this.layer(b, r.out, fn.replace(/\.decompress$/, ""), true);
    if ("bound" in r)
      return this.bound(
        `decompressed code larger than ${limit === PAYLOAD_LIMITS.maxBytes ? "1 MB" : `${PAYLOAD_LIMITS.maxRatio} times its compressed size`} (a decompression bomb?): not analysed`
      );
    if ("unsupported" in r) return this.bound(`${r.unsupported} compression is not decoded`);
    return void 0;
  }
  /** `open(p).read()`, `Path(p).read_text()` of a file the module wrote code to. */
  readBack(obj, scope, depth) {
    if (!obj || !this.files?.size) return void 0;
    let target = obj;
    if (target.type === "identifier") {
      const v = scope.names.get(target.text)?.at(-1);
      target = v?.k === "expr" ? v.node : null;
    }
    if (target?.type !== "call") return void 0;
    const p = positionalArg(target.childForFieldName("arguments"), 0);
    const path = p ? this.resolver.value(p, scope) : void 0;
    const w = path?.kind === "text" && !path.holes.length ? this.files.get(path.text) : void 0;
    return w ? this.ev(w.node, w.scope, depth + 1) : void 0;
  }
};

// src/scan/payload-sites.ts
var PAYLOAD_BOUNDS = { maxDepth: 8, maxPayloads: 64, maxBytes: 4 << 20 };
function newPayloadEnv() {
  return { depth: 0, budget: { payloads: 0, bytes: 0, noted: /* @__PURE__ */ new Set() } };
}
function runsCode(rule) {
  return rule.runsCode.length > 0 || rule.runsFile.length > 0;
}
function importPrelude(sym) {
  return sym.imports.filter((i2) => i2.scope === sym.module).map((i2) => i2.node.text.replace(/\r?\n/g, " ").replace(/\\ /g, " ")).join("\n");
}
function codeRunSites(run3, resolver, index, files) {
  const { node, scope, match } = run3;
  const parentCall = node.parent?.type === "argument_list" ? node.parent.parent : null;
  if (parentCall?.type === "call") {
    const f = resolver.value(parentCall.childForFieldName("function"), scope);
    if (f.kind === "qualified" && index.matches(f.name, ["send"]).some((m) => runsCode(m.rule))) return [];
  }
  const line = node.startPosition.row + 1;
  for (const a of match.rule.runsCode) {
    const arg = hostArgNode(node, a);
    if (!arg) continue;
    const r = payloadOf(arg, scope, resolver, files());
    if (r.note) run3.note(`line ${line}: ${r.note}`);
    if (r.payload) return payloadSites(r.payload, run3);
  }
  for (const a of match.rule.runsFile) {
    const arg = hostArgNode(node, a);
    if (!arg) continue;
    const candidates = arg.type === "list" || arg.type === "tuple" ? arg.namedChildren.slice(1) : [arg];
    for (const c of candidates) {
      if (!c) continue;
      const written = files();
      if (!written.size) return [];
      const r = writtenPayload(c, scope, resolver, written);
      if (r.note) run3.note(`line ${line}: ${r.note}`);
      if (r.payload) return payloadSites(r.payload, run3);
    }
  }
  return [];
}
function payloadSites(code, run3) {
  const { env, node } = run3;
  const b = env.budget;
  const line = node.startPosition.row + 1;
  const bound2 = (why) => {
    if (!b.noted.has(why)) run3.note(`line ${line}: ${why}`);
    b.noted.add(why);
    return [];
  };
  if (env.depth >= PAYLOAD_BOUNDS.maxDepth)
    return bound2(`code run from a string nested more than ${PAYLOAD_BOUNDS.maxDepth} levels deep: not analysed`);
  if (b.payloads >= PAYLOAD_BOUNDS.maxPayloads)
    return bound2(
      `more than ${PAYLOAD_BOUNDS.maxPayloads} pieces of code run from strings in this file: the rest is not analysed`
    );
  if (b.bytes + code.text.length > PAYLOAD_BOUNDS.maxBytes)
    return bound2("more than 4 MB of code run from strings in this file: the rest is not analysed");
  b.payloads++;
  b.bytes += code.text.length;
  const offset = run3.prelude ? run3.prelude.split("\n").length : 0;
  const inner = run3.analyze(run3.prelude ? `${run3.prelude}
${code.text}` : code.text, {
    depth: env.depth + 1,
    budget: b
  });
  if (inner.skipped) run3.note(`line ${line}: the code run from a string was not analysed (${inner.skipped})`);
  const prefix = /^(line \d+: (in the code run from a string: )?)+/;
  for (const n of inner.notes)
    run3.note(`line ${line}: in the code run from a string: ${n.message.replace(prefix, "")}`);
  return inner.findings.filter((f) => f.startLine > offset).map((f) => siteOf(f, code, run3, offset));
}
function siteOf(f, code, run3, offset) {
  const deeper = f.payload;
  return {
    node: run3.node,
    scope: run3.scope,
    match: run3.match,
    callee: f.callee,
    destination: f.destination,
    argSites: [],
    payload: {
      site: {
        ruleId: deeper?.ruleId ?? f.ruleId,
        service: deeper?.service ?? f.service,
        line: deeper ? deeper.line : f.startLine - offset,
        text: deeper?.text ?? f.snippet,
        layers: [...code.layers, ...deeper?.layers ?? []],
        depth: (deeper?.depth ?? 0) + 1
      },
      credentials: f.credentials,
      dataSources: f.dataSources
    }
  };
}
function commandCodeSites(call, scope, callee, resolver, index, runWith) {
  const proc = index.matches(callee, ["send"]).find((x) => x.rule.when?.commands?.length || x.rule.when?.commandIn);
  if (!proc) return [];
  const out2 = [];
  for (const code of commandPythonCode(call, scope, resolver, proc.rule, void 0, callee)) {
    if (code.kind !== "text" || !code.text.trim()) continue;
    const text2 = code.holes.length ? code.text.split(HOLE).join("_") : code.text;
    out2.push(...payloadSites({ text: text2, layers: ["python -c"] }, runWith(proc)));
  }
  return out2;
}

// src/scan/triggers.ts
var STARTUP = /(^|\/)(sitecustomize|usercustomize)\.pyw?$/i;
var INSTALL = /(^|\/)setup\.py$/i;
var PACKAGE_INIT = /(^|\/)__init__\.pyw?$/i;
function isPth(file) {
  return /\.pth$/i.test(file);
}
function pthAsPython(text2) {
  return text2.split("\n").map((l) => /^import[ \t]/.test(l) ? l : "").join("\n");
}
function triggerOf(file, scope) {
  if (isPth(file) || STARTUP.test(file)) return "startup";
  if (INSTALL.test(file)) return "install";
  if (PACKAGE_INIT.test(file)) {
    for (let s = scope; s; s = s.parent) if (s.kind === "function") return void 0;
    return "import";
  }
  return void 0;
}

// src/resolve/written-files.ts
function writtenFiles(sym, resolver) {
  const out2 = /* @__PURE__ */ new Map();
  for (const { node, scope } of sym.calls) {
    const fn = node.childForFieldName("function");
    const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : void 0;
    if (method !== "write" && method !== "write_text" && method !== "write_bytes") continue;
    const code = positionalArg(node.childForFieldName("arguments"), 0);
    const path = code ? pathWritten(fn.childForFieldName("object"), scope, resolver, method !== "write") : void 0;
    if (path && code) out2.set(path, { node: code, scope });
  }
  return out2;
}
function pathWritten(obj, scope, resolver, pathlib) {
  let target = obj;
  if (target?.type === "identifier") {
    const b = scope.names.get(target.text)?.at(-1);
    target = b?.k === "expr" ? b.node : null;
  }
  if (target?.type !== "call") return void 0;
  const callee = resolver.value(target.childForFieldName("function"), scope);
  if (callee.kind !== "qualified") return void 0;
  const args2 = target.childForFieldName("arguments");
  if (pathlib ? !/^pathlib\.(Pure)?(Posix|Windows)?Path$/.test(callee.name) : callee.name !== "builtins.open")
    return void 0;
  if (!pathlib) {
    const mode = resolver.value(positionalArg(args2, 1) ?? keywordArg(args2, "mode"), scope);
    if (mode.kind !== "text" || !/[wax]/.test(mode.text)) return void 0;
  }
  const p = resolver.value(positionalArg(args2, 0) ?? keywordArg(args2, "file"), scope);
  return p.kind === "text" && !p.holes.length ? p.text : void 0;
}

// src/scan/wrappers.ts
var MAX_SENDS = 16;
var MAX_DATA_DEPTH = 2;
var MAX_LEVELS = 4;
var Wrappers = class {
  constructor(code) {
    this.code = code;
  }
  code;
  /**
   * Summaries that did not reach the level budget, with the levels they needed: the same at any budget
   * of at least that many levels (most functions call no wrapper, and are summarised once, not per level).
   */
  complete = /* @__PURE__ */ new WeakMap();
  /** Summaries cut by the level budget, per budget. */
  memo = Array.from(
    { length: MAX_LEVELS + 1 },
    () => /* @__PURE__ */ new WeakMap()
  );
  /**
   * Summaries made while the work budget refused steps: they lack what those steps would have found, so
   * they serve the rest of the same file only (a later file that calls the function summarises it anew).
   */
  degraded = { file: -1, by: /* @__PURE__ */ new Map() };
  callsByScope = /* @__PURE__ */ new WeakMap();
  /** The sends of function `fn` whose destination or data comes from one of its parameters. */
  sendsOf(fn, levels = MAX_LEVELS) {
    return this.summary(fn, levels).sends;
  }
  /** `needs`: the levels the summary took (Infinity when it reached the budget: more levels may add sends). */
  summary(fn, levels) {
    const resolver = this.code.resolverOf(fn);
    const b = resolver?.budget;
    const done = this.complete.get(fn);
    if (done && done.needs <= levels && (!b || b.reuse(done, true))) return done;
    const known = this.memo[levels].get(fn);
    if (known && (!b || b.reuse(known, true))) return { sends: known.sends, needs: Infinity };
    if (levels <= 0) return { sends: [], needs: Infinity };
    const file = b?.file;
    if (file !== void 0 && this.degraded.file !== file) this.degraded = { file, by: /* @__PURE__ */ new Map() };
    const local = this.degraded.by.get(fn)?.get(levels);
    if (local) {
      b?.refuse();
      return local;
    }
    const refused = b?.refused;
    const mark = b?.mark() ?? 0;
    const outer = b?.enter();
    const out2 = [];
    let needs = 1;
    try {
      const params = new Set(fn.params());
      if (!resolver || !params.size) return { sends: out2, needs };
      for (const c of this.callsIn(fn)) {
        if (out2.length >= MAX_SENDS) break;
        const f = resolver.value(c.node.childForFieldName("function"), c.scope);
        const q = calleeName(f);
        const m = q ? matchCall(c.node, c.scope, q, resolver, this.code.index) ?? matchPassed(c.node, c.scope, q.name, resolver, this.code.index) : void 0;
        if (m && runsCode(m.match.rule)) continue;
        if (m) {
          const p = paramIn(m.value, params);
          const send = { send: m, sendNode: c.node, sendScope: c.scope, depth: 0 };
          const data = reaching(c.node.childForFieldName("arguments"), fn, params);
          if (p) add(out2, { ...send, param: p, template: m.value, data });
          else if (data.length) add(out2, { ...send, data });
          continue;
        }
        const inv = invokedFunction(f, q?.name, c.node, c.scope, resolver);
        if (!inv) continue;
        const { fn: g, args: args2 } = inv;
        const inner = this.summary(g.scope, levels - 1);
        needs = Math.max(needs, inner.needs + 1);
        for (const w of inner.sends) {
          const data = [
            ...new Set((w.data ?? []).flatMap((d) => reaching(argumentFor(args2, g.scope, d, !!g.bound), fn, params)))
          ];
          const base = { send: w.send, sendNode: w.sendNode, sendScope: w.sendScope, depth: w.depth + 1, data };
          if (w.param !== void 0 && w.template !== void 0) {
            const arg = argumentFor(args2, g.scope, w.param, !!g.bound);
            const v = arg ? substitute(w.template, w.param, resolver.value(arg, c.scope)) : void 0;
            const p = paramIn(v, params);
            if (p && v) {
              add(out2, { ...base, param: p, template: v });
              continue;
            }
          }
          if (data.length && w.depth + 1 <= MAX_DATA_DEPTH) add(out2, base);
        }
      }
      return { sends: out2, needs };
    } finally {
      b?.leave(outer);
      if (b?.refused !== refused) {
        let by = this.degraded.by.get(fn);
        if (!by) this.degraded.by.set(fn, by = /* @__PURE__ */ new Map());
        by.set(levels, { sends: out2, needs });
      } else if (b) {
        if (needs <= levels) this.complete.set(fn, b.made(mark, { sends: out2, needs }));
        else this.memo[levels].set(fn, b.made(mark, { sends: out2 }));
      }
    }
  }
  callsIn(fn) {
    const sym = this.code.symbolsOf(fn.root);
    if (!sym) return [];
    let by = this.callsByScope.get(sym);
    if (!by) {
      by = /* @__PURE__ */ new Map();
      for (const c of sym.calls) {
        let list = by.get(c.scope);
        if (!list) by.set(c.scope, list = []);
        list.push(c);
      }
      this.callsByScope.set(sym, by);
    }
    return by.get(fn) ?? [];
  }
};
function add(out2, w) {
  const i2 = out2.findIndex((o) => o.sendNode.id === w.sendNode.id && o.sendScope === w.sendScope && o.param === w.param);
  if (i2 < 0) out2.push(w);
  else if (w.depth < out2[i2].depth) out2[i2] = w;
}
function reaching(expr, fn, params) {
  if (!expr) return [];
  const out2 = /* @__PURE__ */ new Set();
  const own = (name2) => params.has(name2) && name2 !== fn.selfName;
  const ids = expr.type === "identifier" ? [expr] : expr.descendantsOfType("identifier");
  if (ids.length > 200) return [];
  for (const id of ids) {
    if (!id) continue;
    if (own(id.text)) out2.add(id.text);
    for (const b of fn.names.get(id.text) ?? []) {
      if (b.k !== "expr" || b.scope !== fn || b.node.endIndex - b.node.startIndex > 2e3) continue;
      for (const d of b.node.type === "identifier" ? [b.node] : b.node.descendantsOfType("identifier"))
        if (d && own(d.text)) out2.add(d.text);
    }
  }
  return [...out2].sort();
}
function paramIn(v, params) {
  if (!v) return void 0;
  if (v.kind === "param") return params.has(v.name) ? v.name : void 0;
  if (v.kind !== "text") return void 0;
  const hostHoles = destinationOf(v.text, v.holes).hostHoles ?? (v.text.startsWith(HOLE) ? v.holes.slice(0, 1) : []);
  for (const h of hostHoles) if (h.kind === "param" && params.has(h.name)) return h.name;
  return void 0;
}

// src/scan/analyze-file.ts
var LOAD_FACTOR = 10;
function analyzeSource(file, source, ctx) {
  const budget = ctx.payload ? void 0 : ctx.project?.budget;
  const before = budget?.file;
  const first = analyzeOnce(file, source, ctx);
  if (!budget || budget.file === before || !budget.unsure || first.skipped) return first;
  budget.aloneFromNext(true);
  try {
    return analyzeOnce(file, source, ctx);
  } finally {
    budget.aloneFromNext(false);
  }
}
function analyzeOnce(file, source, ctx0) {
  const result = { findings: [], notes: [], unusedSuppressions: [], parsed: false };
  const pth = isPth(file);
  const text2 = pth ? pthAsPython(source) : source;
  const ctx = pth || ctx0.payload ? { ...ctx0, project: void 0 } : ctx0;
  const env = ctx.payload ?? newPayloadEnv();
  const mentionsSuppression = text2.includes("egress:");
  if (!mentionsSuppression && !ctx.index.prefilter.test(text2) && !ctx.project?.needsAnalysis(file, text2)) return result;
  const deadline = performance.now() + ctx.config.maxFileMillis;
  ctx.project?.beginFile();
  const reused = ctx.project?.existing(file);
  const tree = reused ? void 0 : ctx.parser.parse(text2, ctx.config.maxFileMillis * 1e3);
  if (!reused && !tree) {
    result.skipped = `parsing took longer than ${ctx.config.maxFileMillis} ms`;
    return result;
  }
  const overtime = () => {
    const loading = ctx.project?.loadMillis ?? 0;
    if (loading > ctx.config.maxFileMillis * LOAD_FACTOR) {
      result.skipped = `parsing the modules it imports took longer than ${ctx.config.maxFileMillis * LOAD_FACTOR} ms`;
      return true;
    }
    if (performance.now() - loading <= deadline) return false;
    result.skipped = `analysis took longer than ${ctx.config.maxFileMillis} ms`;
    return true;
  };
  result.parsed = true;
  const model = reused ?? (ctx.project && tree ? ctx.project.adopt(file, text2, tree, ctx.keepTree?.(file) ?? true) : void 0);
  const ownTree = model ? void 0 : tree;
  try {
    const root = model ? model.symbols.module.node : ownTree.rootNode;
    if (root.hasError) {
      result.notes.push({
        file,
        level: "note",
        message: "the file has syntax errors; findings are reported from the parts that parsed"
      });
    }
    const sym = model ? model.symbols : collectSymbols(ctx.parser, ownTree);
    const resolver = model ? model.resolver : new Resolver();
    resolver.warm(sym.module);
    const raw = [];
    const shapes = /* @__PURE__ */ new Map();
    const tags = ctx.isTest(file) ? ["test"] : [];
    const fc = { file, text: text2, resolver, index: ctx.index, tags };
    const configs = moduleConfigs(sym, resolver, ctx.index);
    const site2 = (s0) => {
      const configured = s0.destination.source === "default" ? configuredDestination(configs, s0.callee) : void 0;
      const s = configured ? { ...s0, destination: configured } : s0;
      const f = buildFinding(fc, s);
      const trigger = triggerOf(file, s.scope);
      if (trigger) f.trigger = trigger;
      const n2 = s.node;
      shapes.set(f, n2.type === "import_statement" || n2.type === "import_from_statement" ? s.callee : callShape(n2));
      raw.push(f);
    };
    const project = ctx.project;
    const wrappers = wrappersFor(ctx, sym, resolver);
    const pathOf = (sc) => sc.root === sym.module ? file : project?.modelOf(sc)?.path ?? file;
    let prelude;
    let written;
    const analyze = (code, inner) => analyzeSource(file, code, { ...ctx, payload: inner });
    const note = (message) => result.notes.push({ file, level: "note", message });
    let n = 0;
    for (const { node, scope } of sym.calls) {
      if (++n % 16 === 0 && overtime()) return result;
      resolver.nextSite();
      const f = resolver.value(node.childForFieldName("function"), scope);
      const callee = calleeName(f) ?? (f.kind === "class" ? constructedBase(node, scope, resolver) : void 0);
      const m = callee ? matchCall(node, scope, callee, resolver, ctx.index) : void 0;
      if (callee) {
        const withRule = (match) => ({
          node,
          scope,
          match,
          env,
          analyze,
          prelude: prelude ??= importPrelude(sym),
          note
        });
        for (const s of commandCodeSites(node, scope, callee.name, resolver, ctx.index, withRule)) site2(s);
      }
      if (m && runsCode(m.match.rule)) {
        const run3 = { node, scope, match: m.match, env, analyze, prelude: prelude ??= importPrelude(sym), note };
        for (const s of codeRunSites(run3, resolver, ctx.index, () => written ??= writtenFiles(sym, resolver)))
          site2(s);
        continue;
      }
      if (m) {
        site2({ node, scope, ...m });
        continue;
      }
      const inv = invokedFunction(f, callee?.name, node, scope, resolver);
      if (inv) for (const s of wrapperSites(node, scope, inv.fn, inv.args, wrappers, resolver, pathOf)) site2(s);
      const passed = !inv && callee ? matchPassed(node, scope, callee.name, resolver, ctx.index) : void 0;
      if (passed && !runsCode(passed.match.rule)) site2({ node, scope, ...passed });
    }
    for (const c of configs) {
      if (!c.rule.clientSites) continue;
      const match = { rule: c.rule, kind: "client" };
      site2({
        node: c.node,
        scope: c.scope,
        match,
        callee: `${c.module}.${c.attr}`,
        destination: c.destination,
        argSites: []
      });
    }
    for (const imp of sym.imports) {
      for (const mod of imp.modules) {
        const m = ctx.index.matches(mod, ["import"])[0];
        if (m) {
          site2({
            node: imp.node,
            scope: imp.scope,
            match: m,
            callee: mod,
            destination: defaultDestination(m.rule),
            argSites: []
          });
          break;
        }
      }
    }
    for (const pair of sym.classPairs) {
      const m = ctx.index.matches(pair.value, ["connect", "send", "init"])[0];
      if (!m) continue;
      let dest = defaultDestination(m.rule);
      const dict = pair.node.parent;
      for (const sib of dict?.namedChildren ?? []) {
        const key = sib?.type === "pair" ? sib.childForFieldName("key")?.text.slice(1, -1) : void 0;
        if (key && m.rule.hostArgs.some((h) => h.name === key)) {
          dest = toDestination(
            resolver.value(sib.childForFieldName("value"), pair.scope),
            sib.childForFieldName("value")
          );
          break;
        }
      }
      site2({ node: pair.node, scope: pair.scope, match: m, callee: pair.value, destination: dest, argSites: [] });
    }
    const suppressions = mentionsSuppression ? parseSuppressions(ctx.parser, root) : void 0;
    for (const f of raw) {
      const s = suppressions?.match(f);
      if (s) f.suppressed = s;
      applyPolicy(f, ctx.config);
    }
    if (suppressions) {
      for (const u of suppressions.unused()) result.unusedSuppressions.push({ file, line: u.line, text: u.text });
    }
    if (resolver.exhausted) {
      result.notes.push({
        file,
        level: "warning",
        message: "name resolution stopped at its work budget; destinations later in the file may be reported as unknown"
      });
    }
    result.findings = detachAll(fingerprintFindings(raw, shapes));
    return result;
  } finally {
    ownTree?.delete();
  }
}
var shared = /* @__PURE__ */ new WeakMap();
function wrappersFor(ctx, sym, resolver) {
  const project = ctx.project;
  if (!project)
    return new Wrappers({
      index: ctx.index,
      symbolsOf: (r) => r === sym.module ? sym : void 0,
      resolverOf: (sc) => sc.root === sym.module ? resolver : void 0
    });
  const hit = shared.get(project);
  if (hit && hit.generation === project.generation) return hit.wrappers;
  const wrappers = new Wrappers({
    index: ctx.index,
    symbolsOf: (r) => project.modelOf(r)?.symbols,
    resolverOf: (sc) => project.modelOf(sc)?.resolver
  });
  shared.set(project, { generation: project.generation, wrappers });
  return wrappers;
}

// src/scan/decode.ts
var CODING = /^[ \t\f]*#.{0,200}?coding[:=][ \t]*([-\w.]{1,40})/;
var BLANK_OR_COMMENT = /^[ \t\f]*(?:#.*)?$/;
var ALIASES = {
  "utf-8": { kind: "whatwg", label: "utf-8" },
  utf8: { kind: "whatwg", label: "utf-8" },
  u8: { kind: "whatwg", label: "utf-8" },
  utf: { kind: "whatwg", label: "utf-8" },
  cp65001: { kind: "whatwg", label: "utf-8" },
  "latin-1": { kind: "latin-1" },
  latin1: { kind: "latin-1" },
  latin: { kind: "latin-1" },
  l1: { kind: "latin-1" },
  "iso-8859-1": { kind: "latin-1" },
  "iso8859-1": { kind: "latin-1" },
  "iso-latin-1": { kind: "latin-1" },
  "8859": { kind: "latin-1" },
  cp819: { kind: "latin-1" },
  ascii: { kind: "ascii" },
  "us-ascii": { kind: "ascii" },
  "646": { kind: "ascii" },
  cp1252: { kind: "cp1252" },
  "windows-1252": { kind: "cp1252" },
  cp932: { kind: "whatwg", label: "shift_jis" },
  ms932: { kind: "whatwg", label: "shift_jis" },
  mskanji: { kind: "whatwg", label: "shift_jis" },
  "ms-kanji": { kind: "whatwg", label: "shift_jis" },
  "shift-jis": { kind: "whatwg", label: "shift_jis" },
  "s-jis": { kind: "whatwg", label: "shift_jis" },
  sjis: { kind: "whatwg", label: "shift_jis" },
  ujis: { kind: "whatwg", label: "euc-jp" },
  "euc-jp": { kind: "whatwg", label: "euc-jp" },
  eucjp: { kind: "whatwg", label: "euc-jp" },
  cp949: { kind: "whatwg", label: "euc-kr" },
  "euc-kr": { kind: "whatwg", label: "euc-kr" },
  euckr: { kind: "whatwg", label: "euc-kr" },
  cp936: { kind: "whatwg", label: "gbk" },
  "utf-7": { kind: "utf-7" },
  utf7: { kind: "utf-7" },
  u7: { kind: "utf-7" },
  "unicode-escape": { kind: "unicode-escape", raw: false },
  "raw-unicode-escape": { kind: "unicode-escape", raw: true }
};
function codecFor(name2) {
  const n = name2.toLowerCase().replace(/[_ ]/g, "-");
  if (ALIASES[n]) return ALIASES[n];
  if (n.startsWith("utf-8-")) return ALIASES["utf-8"];
  if (n.startsWith("latin-1-") || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-"))
    return { kind: "latin-1" };
  if (/^(utf-?16|utf-?32|ucs-?2|ucs-?4)/.test(n)) return void 0;
  for (const label of [n, n.replace(/^cp(\d{4})$/, "windows-$1"), n.replace(/^iso(8859)-?(\d+)$/, "iso-$1-$2")]) {
    try {
      new TextDecoder(label);
      return { kind: "whatwg", label };
    } catch {
    }
  }
  return void 0;
}
function declaredEncoding(bytes) {
  const lines = Buffer.from(bytes.subarray(0, 1024)).toString("latin1").split(/\r\n|\r|\n/, 2);
  for (const line of lines) {
    const m = CODING.exec(line);
    if (m) return m[1];
    if (!BLANK_OR_COMMENT.test(line)) break;
  }
  return void 0;
}
var CP1252_HIGH = "\u20AC\uFFFD\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\uFFFD\u017D\uFFFD\uFFFD\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\uFFFD\u017E\u0178";
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function decodeUtf7(bytes) {
  let out2 = "";
  let bad = false;
  for (let i2 = 0; i2 < bytes.length; ) {
    const b = bytes[i2];
    if (b !== 43) {
      if (b > 127) bad = true;
      out2 += String.fromCharCode(b > 127 ? 65533 : b);
      i2++;
      continue;
    }
    if (bytes[i2 + 1] === 45) {
      out2 += "+";
      i2 += 2;
      continue;
    }
    let j = i2 + 1;
    let bits = 0;
    let acc = 0;
    const units = [];
    for (; j < bytes.length; j++) {
      const v = B64.indexOf(String.fromCharCode(bytes[j]));
      if (v < 0 || bytes[j] > 127) break;
      acc = (acc << 6 | v) & 16777215;
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        units.push(acc >> bits & 65535);
      }
    }
    for (let k = 0; k < units.length; k += 4096) out2 += String.fromCharCode(...units.slice(k, k + 4096));
    if (bytes[j] === 45) j++;
    i2 = j;
  }
  return { text: out2, bad };
}
var ASCII_NAMES = {
  SPACE: " ",
  "FULL STOP": ".",
  "LOW LINE": "_",
  "LEFT PARENTHESIS": "(",
  "RIGHT PARENTHESIS": ")",
  "LEFT SQUARE BRACKET": "[",
  "RIGHT SQUARE BRACKET": "]",
  "QUOTATION MARK": '"',
  APOSTROPHE: "'",
  COLON: ":",
  SOLIDUS: "/",
  COMMA: ",",
  "EQUALS SIGN": "=",
  "HYPHEN-MINUS": "-",
  "COMMERCIAL AT": "@",
  "NUMBER SIGN": "#",
  "PLUS SIGN": "+",
  "LINE FEED": "\n",
  LF: "\n"
};
function asciiByName(name2) {
  const n = name2.trim().toUpperCase().replace(/\s+/g, " ");
  const letter = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])$/.exec(n);
  if (letter) return letter[1] === "SMALL" ? letter[2].toLowerCase() : letter[2];
  if (n.startsWith("DIGIT ")) {
    const d = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"].indexOf(n.slice(6));
    return d >= 0 ? String(d) : void 0;
  }
  return ASCII_NAMES[n];
}
var SIMPLE_ESCAPES = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v"
};
function decodeUnicodeEscape(bytes, raw) {
  const s = Buffer.from(bytes).toString("latin1");
  let out2 = "";
  let bad = false;
  for (let i2 = 0; i2 < s.length; ) {
    const c = s[i2];
    if (c !== "\\") {
      out2 += c;
      i2++;
      continue;
    }
    if (raw) {
      let run3 = 0;
      while (s[i2 + run3] === "\\") run3++;
      const k2 = s[i2 + run3];
      if (run3 % 2 === 1 && (k2 === "u" || k2 === "U")) {
        out2 += "\\".repeat(run3 - 1);
        const width = k2 === "u" ? 4 : 8;
        const hex = s.slice(i2 + run3 + 1, i2 + run3 + 1 + width);
        const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === width ? parseInt(hex, 16) : NaN;
        if (cp >= 0 && cp < 1114112) {
          out2 += String.fromCodePoint(cp);
          i2 += run3 + 1 + width;
        } else {
          bad = true;
          out2 += `\\${k2}`;
          i2 += run3 + 1;
        }
      } else {
        out2 += "\\".repeat(run3);
        i2 += run3;
      }
      continue;
    }
    const k = s[i2 + 1];
    if (k === void 0) {
      bad = true;
      out2 += "\\";
      i2++;
    } else if (k in SIMPLE_ESCAPES) {
      out2 += SIMPLE_ESCAPES[k];
      i2 += 2;
    } else if (k === "\n") {
      i2 += 2;
    } else if (k === "x" || k === "u" || k === "U") {
      const width = k === "x" ? 2 : k === "u" ? 4 : 8;
      const hex = s.slice(i2 + 2, i2 + 2 + width);
      const cp = /^[0-9a-fA-F]+$/.test(hex) && hex.length === width ? parseInt(hex, 16) : NaN;
      if (cp >= 0 && cp < 1114112) {
        out2 += String.fromCodePoint(cp);
        i2 += 2 + width;
      } else {
        bad = true;
        out2 += `\\${k}`;
        i2 += 2;
      }
    } else if (k === "N" && s[i2 + 2] === "{") {
      const close = s.indexOf("}", i2 + 3);
      const ch = close > 0 && close - i2 < 80 ? asciiByName(s.slice(i2 + 3, close)) : void 0;
      if (ch !== void 0) {
        out2 += ch;
        i2 = close + 1;
      } else {
        bad = true;
        out2 += "\\N";
        i2 += 2;
      }
    } else if (k >= "0" && k <= "7") {
      let j = i2 + 1;
      while (j < i2 + 4 && s[j] >= "0" && s[j] <= "7") j++;
      out2 += String.fromCharCode(parseInt(s.slice(i2 + 1, j), 8));
      i2 = j;
    } else {
      out2 += `\\${k}`;
      i2 += 2;
    }
  }
  return { text: out2, bad };
}
function decodeSource(bytes) {
  if (bytes.includes(0)) return { skip: "binary content (NUL byte); not Python source" };
  let start2 = 0;
  let declared;
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) start2 = 3;
  else declared = declaredEncoding(bytes);
  const body2 = bytes.subarray(start2);
  const codec = declared === void 0 ? { kind: "whatwg", label: "utf-8" } : codecFor(declared);
  let text2;
  let note;
  if (!codec) {
    note = `unknown source encoding "${declared}"; decoded as UTF-8 with replacement characters`;
    text2 = new TextDecoder("utf-8").decode(body2);
  } else {
    const shown = declared ?? "utf-8";
    const lenient = `not valid ${shown}; decoded with replacement characters (line numbers are kept)`;
    switch (codec.kind) {
      case "latin-1":
        text2 = Buffer.from(body2).toString("latin1");
        break;
      case "ascii":
        text2 = Buffer.from(body2).toString("latin1");
        if (body2.some((b) => b > 127)) {
          note = lenient;
          text2 = text2.replace(/[\u0080-\u00ff]/g, "\uFFFD");
        }
        break;
      case "cp1252": {
        text2 = Buffer.from(body2).toString("latin1").replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 128]);
        if (text2.includes("\uFFFD")) note = lenient;
        break;
      }
      case "utf-7": {
        const r = decodeUtf7(body2);
        text2 = r.text;
        note = `decoded as ${shown} (shift sequences were decoded before analysis, as Python does)${r.bad ? "; some bytes were invalid" : ""}`;
        break;
      }
      case "unicode-escape": {
        const r = decodeUnicodeEscape(body2, codec.raw);
        text2 = r.text;
        note = `decoded as ${shown}: escape sequences were decoded before analysis, as Python does${r.bad ? "; some were invalid" : ""}`;
        break;
      }
      case "whatwg":
        try {
          text2 = new TextDecoder(codec.label, { fatal: true }).decode(body2);
        } catch {
          note = lenient;
          text2 = new TextDecoder(codec.label).decode(body2);
        }
        break;
    }
  }
  if (text2.includes("\r")) text2 = text2.replace(/\r(?!\n)/g, "\n");
  return { text: text2, note };
}

// src/scan/analyze-one.ts
function testMatcher(config) {
  const m = (0, import_picomatch3.default)(config.testPaths, { dot: true });
  return (f) => m(f);
}
async function analyzeContext(opts) {
  const parser = await pythonParser();
  return {
    parser,
    index: opts.rules.index,
    config: opts.config,
    isTest: testMatcher(opts.config),
    ...opts.project ? { project: projectIndex(opts.project, parser, opts.rules.index) } : {},
    ...opts.imported ? { keepTree: keepTree(opts.imported) } : {}
  };
}
function keepTree(imported) {
  return (file) => imported().has(file);
}
function analyzeOne(path, content, ctx, out2) {
  if (content.length > ctx.config.maxFileBytes) {
    out2.skipped.push({
      file: path,
      reason: `larger than max-file-size (${content.length} > ${ctx.config.maxFileBytes} bytes)`
    });
    return;
  }
  const d = decodeSource(content);
  if (d.skip || d.text === void 0) {
    out2.skipped.push({ file: path, reason: d.skip ?? "cannot decode" });
    return;
  }
  if (d.note) out2.notes.push({ file: path, level: "warning", message: d.note });
  out2.filesScanned++;
  out2.bytesScanned += content.length;
  try {
    const r = analyzeSource(path, d.text, ctx);
    if (r.skipped) {
      out2.filesScanned--;
      out2.skipped.push({ file: path, reason: r.skipped });
      return;
    }
    if (r.parsed) out2.filesParsed++;
    out2.findings.push(...r.findings);
    out2.notes.push(...r.notes);
    out2.unusedSuppressions.push(...r.unusedSuppressions);
  } catch (e) {
    out2.filesScanned--;
    out2.skipped.push({ file: path, reason: `analysis failed: ${e.message}` });
  }
}
function analyzeDiskFile(f, ctx, out2) {
  if (f.size > ctx.config.maxFileBytes) {
    out2.skipped.push({
      file: f.path,
      reason: `larger than max-file-size (${f.size} > ${ctx.config.maxFileBytes} bytes)`
    });
    return;
  }
  let content;
  try {
    content = readFileSync(f.abs);
  } catch (e) {
    out2.skipped.push({ file: f.path, reason: `cannot read: ${e.code ?? "error"}` });
    return;
  }
  analyzeOne(f.path, content, ctx, out2);
}

// src/scan/parallel.ts
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";
function workerUrl() {
  const url = new URL("./worker.js", import.meta.url);
  return existsSync2(fileURLToPath2(url)) ? url : void 0;
}
function workersAvailable() {
  return workerUrl() !== void 0;
}
function sharedKeep(files, buffer) {
  const flags2 = new Uint8Array(buffer);
  const index = new Map(files.map((f, i2) => [f.path, i2 + 1]));
  return (file) => Atomics.load(flags2, 0) === 0 || flags2[index.get(file) ?? 0] === 1;
}
function workOrder(files) {
  return [...files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
async function drain(files, next, ctx, out2) {
  let n = 0;
  for (; ; ) {
    const i2 = Atomics.add(next, 0, 1);
    if (i2 >= files.length) return;
    const outcome = emptyResult();
    analyzeDiskFile(files[i2], ctx, outcome);
    out2.push({ path: files[i2].path, outcome });
    if (++n % 32 === 0) await new Promise((r) => setImmediate(r));
  }
}
async function scanInWorkers(files, opts, threads, root) {
  const url = workerUrl();
  if (!url) throw new Error("worker bundle not found next to the CLI (run the bundled dist/cli.js)");
  const ordered = workOrder(files);
  const next = new SharedArrayBuffer(4);
  const input = {
    config: opts.config,
    rules: opts.rules.rules,
    files: ordered,
    next,
    root,
    roots: opts.project?.roots,
    ...opts.imported ? { imported: new SharedArrayBuffer(ordered.length + 1) } : {}
  };
  const workers = [];
  for (let k = 1; k < threads; k++) {
    workers.push(
      new Promise((resolve, reject) => {
        const w = new Worker(url, { workerData: input });
        let done = false;
        w.once("message", (m) => {
          done = true;
          if ("error" in m) reject(new Error(`worker: ${m.error}`));
          else resolve(m.outcomes);
        });
        w.once("error", (e) => {
          done = true;
          reject(e);
        });
        w.once("exit", (code) => {
          if (!done) reject(new Error(`worker exited with code ${code} before reporting`));
        });
      })
    );
  }
  if (input.imported && opts.imported) {
    const flags2 = new Uint8Array(input.imported);
    const set = opts.imported();
    ordered.forEach((f, i2) => flags2[i2 + 1] = set.has(f.path) ? 1 : 0);
    Atomics.store(flags2, 0, 1);
  }
  const ctx = await analyzeContext(opts);
  const own = [];
  const mine = drain(ordered, new Int32Array(next), ctx, own).finally(() => ctx.project?.release());
  const settled = await Promise.allSettled([mine.then(() => own), ...workers]);
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason));
  return settled.flatMap((s) => s.value);
}

// src/scan/disk-project.ts
import { lstatSync, readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
function diskProjectFiles(root, maxBytes, scanned = []) {
  const listings = /* @__PURE__ */ new Map();
  const listing = (dir) => {
    let l = listings.get(dir);
    if (l !== void 0) return l;
    l = null;
    const parent = dir.includes("/") ? dir.slice(0, dir.lastIndexOf("/")) : "";
    const name2 = dir.slice(dir.lastIndexOf("/") + 1);
    if (!dir || listing(parent)?.get(name2) === "dir") {
      try {
        const abs = join2(root, dir);
        l = /* @__PURE__ */ new Map();
        for (const e of readdirSync(abs, { withFileTypes: true })) {
          if (e.isFile()) l.set(e.name, "file");
          else if (e.isDirectory()) l.set(e.name, "dir");
        }
      } catch {
        l = null;
      }
    }
    listings.set(dir, l);
    return l;
  };
  const isFile = (rel) => {
    if (!rel || rel.includes("..") || rel.startsWith("/")) return false;
    const slash = rel.lastIndexOf("/");
    return listing(slash < 0 ? "" : rel.slice(0, slash))?.has(rel.slice(slash + 1)) ?? false;
  };
  const roots = packageRoots(
    scanned.filter((p) => /(^|\/)__init__\.pyw?$/.test(p)),
    isFile
  );
  return {
    roots,
    exists: isFile,
    read(rel) {
      if (!isFile(rel)) return void 0;
      try {
        const abs = join2(root, rel);
        if (lstatSync(abs).size > maxBytes) return void 0;
        const d = decodeSource(readFileSync2(abs));
        return d.skip ? void 0 : d.text;
      } catch {
        return void 0;
      }
    }
  };
}

export {
  require_picomatch2 as require_picomatch,
  pythonParser,
  importedPaths,
  listedExists,
  packageRoots,
  ModuleMap,
  projectIndex,
  applyPolicy,
  SUPPRESSION_FORM,
  suppressionOf,
  coveringSuppression,
  decodeSource,
  testMatcher,
  analyzeContext,
  analyzeOne,
  analyzeDiskFile,
  workersAvailable,
  sharedKeep,
  drain,
  scanInWorkers,
  diskProjectFiles
};
