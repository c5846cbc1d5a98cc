// The rule file schema (rules/<family>.yml) and the types of what it accepts: one source. The loader
// validates with this object; scripts/gen-schema.mjs writes it to rules/schema.json for editors and for
// other tools, and __tests__/schema-generated.test.ts fails when that file is stale.
import * as T from '@sinclair/typebox';
import { Enum } from '../config/typebox.js';
import { CATEGORIES, RISKS } from '../model/taxonomy.js';

/** What a site is: the pattern list that matched, or a rule's `site-kind`. */
export const SITE_KINDS = ['send', 'init', 'connect', 'import', 'covert', 'client'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];
/** What a finding is: a code site, or `dependency` (a manifest or lock-file line, from `packages:` / `package-source:`). */
export type FindingKind = SiteKind | 'dependency';

export const PRECISIONS = ['very-high', 'high', 'medium', 'low'] as const;
export type Precision = (typeof PRECISIONS)[number];

const about = (description?: string): T.SchemaOptions => (description ? { description } : {});
/** Dotted names or words (modules, constants, schemes). */
const names = (description?: string) => T.Array(T.String({ minLength: 1, maxLength: 200 }), about(description));
const patterns = T.Array(T.String({ pattern: '^[A-Za-z0-9_.*{},()]+$', maxLength: 400 }));
/** `keyword`, `keyword@position` or `@position`. */
const hostArg = T.String({ pattern: '^([A-Za-z_][A-Za-z0-9_]*)?(@[0-9])?$', minLength: 1 });
const cwes = T.Array(T.Integer({ minimum: 1 }));
/** A 0-based positional argument. */
const argIndex = (description: string) => T.Integer({ minimum: 0, maximum: 9, description });
const opt = T.Optional;
/** A PyPI distribution name, PEP 503 normalised: lowercase, runs of `-_.` written as one `-`. */
const packageName = T.String({ pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$', maxLength: 100 });
const texts = T.Array(T.String({ minLength: 1, maxLength: 300 }));

/** One `local-when` test: the site is local, not egress, when this argument matches. */
const localWhen = T.Object(
  {
    arg: hostArg,
    in: opt(names('The argument resolves to one of these dotted names: `socket.socket(socket.AF_UNIX)`.')),
    text: opt(names('The argument is one of these constant strings: `family="AF_UNIX"`, `load_dataset("csv")`.')),
    path: opt(
      T.Boolean({
        description:
          'The argument is a constant filesystem path (`./model`, `../x`, `/opt/m`, `~/m`, `C:\\m`): a local file, not a download.',
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'The site is local (IPC, a local file) or sends nothing, not egress, when this argument (keyword@position) of the call or of the constructor it came from matches. A list: any of them.',
  },
);

/** How a tool's destination is found among its arguments (src/rules/command-tools.ts). */
export const COMMAND_HOSTS = ['url', 'url-only', 'operand', 'image', 'address', 'none'] as const;

/** One program that sends, and how its destination is read from its arguments. */
const commandTool = T.Object(
  {
    tools: names(
      'Program names at the command position: basename, lower-case, without .exe or a version suffix (pip3.11 is pip); PowerShell cmdlets lower-case; .NET calls as webclient.downloadstring, tcpclient, webrequest.create.',
    ),
    subcommands: opt(
      names('The first operands must be one of these (words separated by spaces: "s3 cp"); they are not operands of the host.'),
    ),
    'requires-flags': opt(names('One of these options must be given (`certutil -urlcache`).')),
    'ignore-flags': opt(names('The program sends nothing when one of these options is given (`--version`, `--help`).')),
    'value-flags': opt(
      names('Options that take a value (`-p 22`, `-p22`, `--port=22`), so that the value is not taken for an operand.'),
    ),
    'host-flags': opt(names('Options whose value is the destination URL or host (`--index-url`, `-i`, `-uri`).')),
    'flag-hosts': opt(
      T.Record(T.String(), T.String({ pattern: '\\{\\}' }), {
        description:
          'Options whose value names the destination through a template: {"--account-name": "{}.blob.core.windows.net"}.',
      }),
    ),
    host: opt(
      Enum(COMMAND_HOSTS, {
        description:
          'Where the destination is, after host-flags: url (default: the first operand that is a URL, user@host:path or a dotted host), url-only (a URL or user@host:path, never a bare name: `pip install zope.interface`, `mshta local.hta`), operand (the operand-th operand, [user@]host[:port]), image (the registry of a container image operand), address (a socat address TYPE:host:port), none.',
      }),
    ),
    operand: opt(argIndex('The operand read by `host: operand` and `host: image` (default 0).')),
    'skip-prefixes': opt(names('Operands starting with one of these are not counted (`dig @server name`, `+short`).')),
    'address-types': opt(names('socat address types that connect out (tcp, tcp4, openssl...), for `host: address`.')),
    'needs-host': opt(
      T.Boolean({ description: 'A call only when a destination was found (`scp a b` and `rsync a/ b/` copy locally).' }),
    ),
    'default-host': opt(
      T.String({
        pattern: '^[a-z0-9.-]+(:[0-9]+)?$',
        description: 'The destination when none is given in the arguments (`pip install x`: pypi.org).',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Where a call carries its command, for the calls that do not take it as their first argument. */
const commandAt = T.Object(
  {
    calls: patterns,
    argv: opt(argIndex('This positional argument is the command: a string for a shell, or an argv list.')),
    program: opt(argIndex('This positional argument is the program run (`os.execv(path, argv)`): it replaces argv[0].')),
    'args-from': opt(argIndex('The positional arguments from this one on are the argv words (`os.execl(path, arg0, ...)`).')),
  },
  { additionalProperties: false },
);

const when = T.Object(
  {
    'command-in': opt(
      names(
        'The command runs one of these programs at a command position (after sudo/env/nohup..., inside sh -c, cmd /c, powershell -c).',
      ),
    ),
    commands: opt(
      T.Array(commandTool, {
        description:
          'The command runs one of these programs in a way that sends (subcommand, options); the finding\'s destination comes from its arguments.',
      }),
    ),
    'command-at': opt(
      T.Array(commandAt, {
        description:
          'For command-in / commands: where the command is for these calls (default: the first positional argument, or args= / cmd=).',
      }),
    ),
    'arg-dynamic': opt(argIndex('This positional argument is not a constant (built from data).')),
    'arg-in': opt(names('The first positional argument, when constant, is one of these module names.')),
    'arg-name-in': opt(
      names('A keyword or positional argument resolves to one of these dotted names (socket.SOCK_RAW).'),
    ),
    'scheme-in': opt(names('The URL scheme of the destination is one of these (http, ftp): cleartext rules.')),
    'arg-network': opt(
      argIndex(
        'This positional argument contains a network send, directly or through a local name: exec(requests.get(u).text).',
      ),
    ),
  },
  {
    additionalProperties: false,
    description: 'Optional condition: every key given must hold for a call to be a finding.',
  },
);

const docs = T.Object(
  {
    detects: T.String({ minLength: 10 }),
    why: T.String({ minLength: 10 }),
    example: T.String({ minLength: 3 }),
    resolve: T.String({ minLength: 10 }),
    references: opt(T.Array(T.String({ pattern: '^https://' }))),
  },
  { additionalProperties: false },
);

const rule = T.Object(
  {
    id: T.String({ pattern: '^[a-z0-9]+(\\.[a-z0-9-]+)+$', maxLength: 80 }),
    name: T.String({ minLength: 3, maxLength: 120 }),
    service: T.String({ minLength: 1, maxLength: 80 }),
    category: Enum(CATEGORIES),
    risk: opt(Enum(RISKS)),
    precision: opt(Enum(PRECISIONS)),
    cwe: opt(T.Array(T.Integer({ minimum: 1 }), { maxItems: 5 })),
    modules: opt(names()),
    clients: opt(patterns),
    sends: opt(patterns),
    inits: opt(patterns),
    connects: opt(patterns),
    imports: opt(patterns),
    'host-args': opt(T.Array(hostArg)),
    'constructor-host-args': opt(
      T.Array(hostArg, {
        description:
          'Arguments that carry the destination only where the object is built (the client constructor, or a connect/init call itself), never on a method call made on that object: `Elasticsearch(hosts)` then `es.indices.get(index)`.',
      }),
    ),
    generic: opt(
      T.Boolean({
        description:
          "A generic client (HTTP, sockets, transfer): a destination host that belongs to another rule's service re-attributes the finding to that rule; its integrations have no 'changed destinations' (any host is normal for it).",
      }),
    ),
    'client-sites': opt(
      T.Boolean({
        description:
          "Building one of this rule's clients with a destination argument (an exporter's `endpoint=`, a tracker's `host=`) is a finding of site kind `client`: the line where the integration is configured. Its sends stay findings too; the comment groups both into one integration.",
      }),
    ),
    'claims-decoded': opt(
      T.Boolean({
        description:
          "This rule takes over any finding whose destination was decoded from an obfuscated value (base64, hex, rot13, chr…): the finding gets this rule's id, category and risk and is a covert site.",
      }),
    ),
    'claims-paths': opt(
      T.Array(T.String({ minLength: 1, maxLength: 200 }), {
        description:
          'Globs of files whose findings this rule takes over (`**/*.pth`: code that runs at every interpreter start-up): the finding gets this rule\'s id, category and risk; its trigger stays. Code run from a string and decoded destinations keep their own rule.',
      }),
    ),
    'runs-code': opt(
      T.Array(hostArg, {
        description:
          'Arguments that carry code this call runs (`exec(source)`, `compile(source)`): a constant or decodable value (base64, hex, rot13, zlib, code pages…) is parsed and analysed with the same rules, and each send in it is a finding of this rule at this call. A call of this rule is never a finding by itself.',
      }),
    ),
    'runs-file': opt(
      T.Array(hostArg, {
        description:
          'Arguments that name a Python file this call runs (`runpy.run_path(path)`, `[sys.executable, path]`): code the same module wrote to that path (`open(path, "w").write(code)`) is analysed like `runs-code`.',
      }),
    ),
    'site-kind': opt(
      Enum(SITE_KINDS, {
        description: 'What every site of this rule is, whatever pattern list matched (covert rules: `covert`).',
      }),
    ),
    'local-when': opt(T.Union([localWhen, T.Array(localWhen, { minItems: 1, maxItems: 8 })])),
    schemes: opt(
      names(
        'The URL schemes this client opens over the network (urllib: http, https, ftp). A constant URL with another scheme or none (`file:`, `data:`, `sftp://`, a local path) sends nothing: no finding.',
      ),
    ),
    'host-from-calls': opt(
      names(
        'Methods that connect an object (`connect`): a call on the object that names no destination takes the host of an earlier `obj.connect(...)` on the same name in the same function (`s.connect((h, p))` then `s.send(b)`).',
      ),
    ),
    'destination-cwe': opt(
      T.Object(
        { cleartext: opt(cwes), parameter: opt(cwes) },
        {
          additionalProperties: false,
          description:
            'CWE ids added when the destination is a cleartext URL (http, ftp, telnet, ws, smtp) to a non-local host, or comes from a function parameter. Default: {cleartext: [319], parameter: [918]}.',
        },
      ),
    ),
    hosts: opt(T.Array(T.String({ pattern: '^(\\*\\.)?[a-z0-9.-]+(:[0-9]+)?$' }))),
    credentials: opt(T.Array(T.String({ pattern: '^[A-Z][A-Z0-9_]*$' }))),
    when: opt(when),
    packages: opt(
      T.Array(packageName, {
        description:
          'PyPI distributions of this SDK, PEP 503 normalised (`sentry-sdk`, `google-cloud-storage`): a manifest line (requirements, pyproject.toml, setup.cfg, setup.py, Pipfile) that depends on one is a finding of site kind `dependency`, and a lock file that brings one in transitively is reported with its parent.',
      }),
    ),
    'package-source': opt(
      Enum(['index', 'url'] as const, {
        description:
          'This rule reports where packages come from instead of a package: `index` for `--index-url` / `--extra-index-url` / `[[source]]` pointing at a non-default index, `url` for direct URL and VCS requirements (`pkg @ git+https://…`). The destination is the host of that URL.',
      }),
    ),
    'default-on': opt(
      T.Object(
        {
          sends: T.String({ minLength: 3, maxLength: 300, description: 'What the package sends by default.' }),
          trigger: opt(T.String({ minLength: 3, maxLength: 300, description: 'When it sends.' })),
          'opt-out': T.Object(
            {
              env: opt(texts),
              config: opt(texts),
              cli: opt(texts),
            },
            {
              additionalProperties: false,
              minProperties: 1,
              description: 'How to turn it off: env settings (`RAY_USAGE_STATS_ENABLED=0`), config keys, CLI commands.',
            },
          ),
        },
        {
          additionalProperties: false,
          description:
            'The package sends telemetry or update checks by default, without any call in the project: what it sends, when, and how to opt out (shown in the PR comment and SARIF).',
        },
      ),
    ),
    docs,
  },
  { additionalProperties: false },
);

export const RULE_FILE_SCHEMA = T.Object(
  {
    family: T.String({ pattern: '^[a-z0-9][a-z0-9-]*$' }),
    rules: T.Array(rule, { minItems: 1 }),
  },
  {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/egress-audit/egress-audit/rules/schema.json',
    title: 'egress-audit rule family',
    additionalProperties: false,
  },
);

/** A rule file as written, after validation. */
export type RuleFile = T.Static<typeof RULE_FILE_SCHEMA>;
/** One rule as written (kebab-case keys, nothing defaulted). */
export type RawRule = RuleFile['rules'][number];
/** A rule's `when` condition as written. */
export type RawCondition = NonNullable<RawRule['when']>;

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** The same object with camel-cased keys (`arg-name-in` -> `argNameIn`), as the compiled rule holds it. */
export type CamelKeys<O> = { [K in keyof O as K extends string ? Camel<K> : never]: O[K] };

/** A compiled rule's condition: the `when` keys camel-cased (their meaning is in the descriptions above). */
export type RuleCondition = CamelKeys<RawCondition>;

/** The text of rules/schema.json (written by scripts/gen-schema.mjs, checked by a test). */
export function ruleSchemaText(): string {
  return `${JSON.stringify(RULE_FILE_SCHEMA, null, 2)}\n`;
}
