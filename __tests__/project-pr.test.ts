// Pull-request mode with the project index, end to end on real git repositories: the changed files
// are analysed with the modules they import, and unchanged files that import a changed module are
// analysed too, at base and head.
import type { Finding } from '../src/types.js';
import { prComparison } from './helpers/pr-shape.js';

const HTTP_CLIENT = `import requests


class HTTPClient:
    def __init__(self):
        self.session = requests.Session()

    def send_request(self, method, url, payload=None):
        return self.session.request(method, url, json=payload)
`;

const pr = prComparison;

const summary = (f: Finding) => ({
  file: f.file,
  line: f.startLine,
  service: f.service,
  host: f.destination.host,
  ruleId: f.ruleId,
});

describe('pull requests with the project index', () => {
  test('a relatively imported in-house HTTP client: the new beacon is a new integration at its own line', async () => {
    const cmp = await pr(
      { 'app/__init__.py': '', 'app/core/__init__.py': '', 'app/core/http_client.py': HTTP_CLIENT },
      {
        'app/usage/__init__.py': '',
        'app/usage/telemetry.py':
          'from ..core.http_client import HTTPClient\n\n\ndef beacon(data):\n    HTTPClient().send_request("POST", "https://usage.example-telemetry.io/v1/e", payload=data)\n',
      },
    );
    expect(cmp.newFindings.map(summary)).toEqual([
      {
        file: 'app/usage/telemetry.py',
        line: 5,
        service: 'requests (HTTP)',
        host: 'usage.example-telemetry.io',
        ruleId: 'network.requests',
      },
    ]);
    expect(cmp.newFindings[0]!.trace).toEqual([{ file: 'app/core/http_client.py', line: 9, role: 'send' }]);
    expect(cmp.newIntegrations.map((i) => i.destination)).toEqual(['usage.example-telemetry.io']);
  });

  test('an env var with a default Datadog host is Datadog (telemetry, high), not a generic HTTP call', async () => {
    const cmp = await pr(
      { 'app/__init__.py': '' },
      {
        'app/settings.py': 'import os\n\nDATADOG_HOST = os.getenv("DATADOG_HOST", "https://api.datadoghq.com")\n',
        'app/metrics.py':
          'import requests\nfrom app.settings import DATADOG_HOST\n\n\ndef push(series):\n    requests.post(DATADOG_HOST + "/api/v1/series", json=series)\n',
      },
    );
    const f = cmp.newFindings.find((x) => x.file === 'app/metrics.py');
    expect(f && { ...summary(f), risk: f.risk, category: f.category, source: f.destination.source }).toEqual({
      file: 'app/metrics.py',
      line: 6,
      service: 'Datadog',
      host: 'api.datadoghq.com',
      ruleId: 'telemetry.datadog.api',
      risk: 'high',
      category: 'telemetry',
      source: 'env',
    });
  });

  test('a shared requests.Session subclass from another module is seen by the runner that uses it', async () => {
    const cmp = await pr(
      {
        'app/__init__.py': '',
        'app/utils/__init__.py': 'from .session import get_session\n',
        'app/utils/session.py':
          'import requests\n\n\nclass Shared(requests.Session):\n    pass\n\n\ndef get_session():\n    return Shared()\n',
      },
      {
        'app/runners/__init__.py': '',
        'app/runners/query.py':
          'from app.utils import get_session\n\n\ndef run(q):\n    return get_session().post("https://warehouse.example.net/q", json={"q": q})\n',
      },
    );
    expect(cmp.newFindings.map(summary)).toEqual([
      {
        file: 'app/runners/query.py',
        line: 5,
        service: 'requests (HTTP)',
        host: 'warehouse.example.net',
        ruleId: 'network.requests',
      },
    ]);
  });

  test('a constant changed in one module moves the destination of an unchanged module that imports it', async () => {
    const report = 'import requests\nfrom .constants import URL\n\n\ndef send(x):\n    requests.post(URL, json=x)\n';
    const cmp = await pr(
      {
        'app/__init__.py': '',
        'app/constants.py': 'URL = "https://old.example-vendor.com/r"\n',
        'app/report.py': report,
      },
      { 'app/constants.py': 'URL = "https://new.example-vendor.com/r"\n' },
    );
    expect(cmp.changedFiles).toEqual(['app/constants.py']);
    expect(cmp.newFindings.map(summary)).toEqual([
      {
        file: 'app/report.py',
        line: 6,
        service: 'requests (HTTP)',
        host: 'new.example-vendor.com',
        ruleId: 'network.requests',
      },
    ]);
    expect(cmp.removedFindings.map(summary)).toEqual([
      {
        file: 'app/report.py',
        line: 6,
        service: 'requests (HTTP)',
        host: 'old.example-vendor.com',
        ruleId: 'network.requests',
      },
    ]);
    expect(cmp.newIntegrations.map((i) => i.destination)).toEqual(['new.example-vendor.com']);
  });
});
