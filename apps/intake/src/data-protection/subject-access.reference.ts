import { badInput } from '@redress/platform';

/**
 * Federation: intake declares `SubjectAccessExport @key(fields: "councilId email")` so that casework can add the
 * cases to the export that intake's `subjectAccessExport` starts. Nothing looks intake's part up by that key (the
 * gateway enters through the root query), and without a resolver of its own `_entities` would echo the
 * representation back and fail on the fields it lacks (INTERNAL_SERVER_ERROR): refuse it, saying where to ask.
 */
export const subjectAccessReference = {
  SubjectAccessExport: {
    __resolveReference(): never {
      throw badInput('A subject access export is made with Query.subjectAccessExport, not looked up by its key.', 'representations');
    },
  },
};
