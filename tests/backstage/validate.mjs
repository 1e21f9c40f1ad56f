// node validate.mjs <file.yaml>...: every entity in the files must pass Backstage's own validators
// (@backstage/catalog-model): the entity envelope and field formats, and the schema of its kind. Exits 1 on the first
// file with an invalid entity, naming the file, the entity and Backstage's message.
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

const files = process.argv.slice(2);
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
  }
}

console.log(`${entities} entities in ${files.length} file(s) pass Backstage's validators`);
