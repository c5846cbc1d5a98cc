// The project index a scan analyses with: the project's files, and what the rules know (names they
// match stay qualified; files mentioning none of their patterns are analysed only if they import one).
import type { PythonParser } from '../parse/parser.js';
import type { ProjectFiles } from '../resolve/modules.js';
import { Project } from '../resolve/project.js';
import type { RuleIndex } from '../rules/index.js';

export function projectIndex(files: ProjectFiles, parser: PythonParser, index: RuleIndex): Project {
  return new Project(files, parser, (qual) => index.matches(qual).length > 0, index.modulePrefilter);
}
