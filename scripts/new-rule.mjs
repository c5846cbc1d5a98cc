// Scaffolds a new rule family: rules/<family>.yml (a schema-valid skeleton rule with every docs key) and
// rules/<family>.py (a fixture with ruleid / ok cases). Every placeholder carries a TODO marker, and
// __tests__/rules.test.ts fails on any TODO in rules/, so a skeleton cannot land unfilled.
//
//   npm run new-rule -- FAMILY        FAMILY: lowercase words separated by dashes (e.g. acme-mail)
//
// The rules folder is the one next to this script (../rules). See CONTRIBUTING.md for the checklist.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RULES_DIR = join(ROOT, 'rules');
export const FAMILY_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function skeletonYaml(family) {
  const mod = family.replace(/-/g, '_');
  return `# TODO: fill in every TODO below, then run \`npm run docs\` (see CONTRIBUTING.md and docs/rule-format.md).
family: ${family}
rules:
  # TODO: the id is stable and never renamed: <category>.<service>[.<variant>], lowercase, dotted.
  - id: network.${family}
    name: "TODO: what the rule reports, e.g. Acme Mail message send"
    service: "TODO: the service name shown to users"
    # TODO: telemetry | logging | cloud | ai | communication | network | covert
    category: network
    # TODO: import roots of the SDK (also the text prefilter)
    modules: [${mod}]
    # TODO: calls that build a client (context, not findings)
    clients: [${mod}.Client]
    # TODO: calls that send data (each match is a finding)
    sends: [${mod}.Client().send]
    host-args: [base_url]
    # TODO: default destination first, then host patterns that identify the service
    hosts: [api.${family}.example]
    # TODO: env vars the SDK reads for secrets
    credentials: [${mod.toUpperCase()}_API_KEY]
    docs:
      detects: "TODO: what the rule finds, one paragraph."
      why: "TODO: why it matters for a reviewer (what data leaves, to whom)."
      example: |
        # TODO: a realistic, self-contained example (with its imports) that triggers this rule
        from ${mod} import Client
        Client().send({"event": "signup"})
      resolve: "TODO: how to resolve it (allowlist, route through a proxy, remove)."
      references: ["https://TODO.example/docs"]
`;
}

export function skeletonFixture(family) {
  const mod = family.replace(/-/g, '_');
  const id = `network.${family}`;
  return `"""Fixture for ${family}. TODO: replace with real SDK calls; see docs/rule-format.md#fixtures."""
import ${mod}
import ${mod} as alias
from ${mod} import Client

# ok: ${id}
client = Client()
# ruleid: ${id} host=api.${family}.example creds=${mod.toUpperCase()}_API_KEY
client.send({"event": "signup"})
# ruleid: ${id}
alias.Client().send({"event": "login"})
# ruleid: ${id} host=proxy.internal.example
${mod}.Client(base_url="https://proxy.internal.example").send({"event": "x"})

# ok: ${id}
{"send": 1}.get("send")
# ok: ${id}
print("${mod}.Client().send in a string")


class Local:
    def send(self, data):
        return data


# ok: ${id}
Local().send({"event": "local"})
`;
}

export function scaffold(family, rulesDir = RULES_DIR) {
  if (!FAMILY_NAME.test(family)) {
    throw new Error(`bad family name "${family}": use lowercase letters and digits, words separated by "-"`);
  }
  const yml = join(rulesDir, `${family}.yml`);
  const py = join(rulesDir, `${family}.py`);
  for (const f of [yml, py]) if (existsSync(f)) throw new Error(`${f} already exists: family "${family}" is taken`);
  writeFileSync(yml, skeletonYaml(family), { flag: 'wx' });
  writeFileSync(py, skeletonFixture(family), { flag: 'wx' });
  return { yml, py };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('-')) {
    console.error('usage: npm run new-rule -- FAMILY   (lowercase, dash-separated, e.g. acme-mail)');
    process.exit(2);
  }
  try {
    const { yml, py } = scaffold(args[0]);
    const rel = (p) => relative(process.cwd(), p) || p;
    console.log(`new-rule: created ${rel(yml)} and ${rel(py)}`);
    console.log('Next: replace every TODO (the rules test fails while any is left), make the fixture cover');
    console.log('positives and look-alikes, then run `npm run docs` to write docs/rules/ (see CONTRIBUTING.md).');
  } catch (e) {
    console.error(`new-rule: ${e.message}`);
    process.exit(1);
  }
}
