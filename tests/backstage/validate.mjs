// node validate.mjs [--unique] [--resolve] <file.yaml>...: every entity in the files must pass Backstage's own validators
// (@backstage/catalog-model): the entity envelope and field formats, and the schema of its kind. Exits 1 on the first
// file with an invalid entity, naming the file, the entity and Backstage's message.
// --unique: no two entities of the files share a ref (kind:namespace/name, compared as Backstage does: case-insensitively),
//           so the files can be registered side by side.
// --resolve: every relation (owner, system, dependsOn, subcomponentOf, memberOf, parent) names an entity of the files.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import {
  EntityPolicies, DefaultNamespaceEntityPolicy, FieldFormatEntityPolicy, NoForeignRootFieldsEntityPolicy, SchemaValidEntityPolicy,
  apiEntityV1alpha1Validator, componentEntityV1alpha1Validator, domainEntityV1alpha1Validator, groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator, resourceEntityV1alpha1Validator, systemEntityV1alpha1Validator, userEntityV1alpha1Validator,
} from '@backstage/catalog-model';

const policy = EntityPolicies.allOf([
  new SchemaValidEntityPolicy(),
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
]);
const kinds = [apiEntityV1alpha1Validator, componentEntityV1alpha1Validator, domainEntityV1alpha1Validator, groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator, resourceEntityV1alpha1Validator, systemEntityV1alpha1Validator, userEntityV1alpha1Validator];

const flags = new Set(process.argv.slice(2).filter(a => a.startsWith('--')));
const files = process.argv.slice(2).filter(a => !a.startsWith('--'));
const refs = new Map();
const relations = [];
const refOf = (value, defaultKind) => {
  const text = String(value).toLowerCase();
  const [kindPart, rest] = text.includes(':') ? text.split(/:(.*)/s, 2) : [defaultKind, text];
  const [namespace, name] = rest.includes('/') ? rest.split(/\/(.*)/s, 2) : ['default', rest];
  return `${kindPart}:${namespace}/${name}`;
};
if (files.length === 0) {
  console.error('usage: node validate.mjs <file.yaml>...');
  process.exit(2);
}

let entities = 0;
for (const file of files) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    if (document.errors.length > 0) {
      console.error(`${file}: not YAML: ${document.errors[0].message}`);
      process.exit(1);
    }

    const entity = document.toJS();
    if (entity === null) {
      continue;
    }

    const name = `${entity.kind ?? '?'}:${entity.metadata?.namespace ?? 'default'}/${entity.metadata?.name ?? '?'}`;
    try {
      const checked = await policy.enforce(structuredClone(entity));
      let known = false;
      for (const validator of kinds) {
        known = (await validator.check(checked)) || known;
      }

      if (!known) {
        throw new Error(`kind ${entity.apiVersion}/${entity.kind} is not one Backstage knows`);
      }
    } catch (error) {
      console.error(`${file}: ${name} is not a valid Backstage entity: ${error.message}`);
      process.exit(1);
    }

    entities++;
    const ref = refOf(`${entity.kind}:${entity.metadata?.namespace ?? 'default'}/${entity.metadata?.name}`, entity.kind);
    if (refs.has(ref) && flags.has('--unique')) {
      console.error(`${file}: ${ref} is also defined in ${refs.get(ref)}: the files cannot be registered side by side`);
      process.exit(1);
    }

    refs.set(ref, file);
    const spec = entity.spec ?? {};
    const relation = (value, kind, field) => value !== undefined && relations.push({ file, from: ref, field, to: refOf(value, kind) });
    relation(spec.owner, 'group', 'owner');
    relation(spec.system, 'system', 'system');
    relation(spec.subcomponentOf, 'component', 'subcomponentOf');
    relation(spec.parent, 'group', 'parent');
    for (const target of spec.dependsOn ?? []) relation(target, 'component', 'dependsOn');
    for (const group of spec.memberOf ?? []) relation(group, 'group', 'memberOf');
  }
}

if (flags.has('--resolve')) {
  for (const { file, from, field, to } of relations) {
    if (!refs.has(to)) {
      console.error(`${file}: ${from} has ${field} ${to}, which none of the files defines`);
      process.exit(1);
    }
  }
}

console.log(`${entities} entities in ${files.length} file(s) pass Backstage's validators${flags.has('--unique') ? ', no ref twice' : ''}${flags.has('--resolve') ? `, ${relations.length} relations resolve` : ''}`);
