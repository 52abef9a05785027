import { GraduateTraineeMutationDocument, GraduationPageQueryDocument, TrainingPageQueryDocument } from '../../../gql/graphql';
import { useVersionedMutation } from '../../../lib/useVersionedMutation';
import { useApolloClient } from '@apollo/client/react';

/**
 * T4: graduates a trainee. A trainee changed meanwhile (STALE_DATA) shows the record again; after a
 * graduation the record and the chain are fetched again (the link closed, the graduate may train).
 */
export function useGraduateTrainee() {
  const client = useApolloClient();
  const [run, state] = useVersionedMutation(GraduateTraineeMutationDocument, {
    code: 'STALE_DATA',
    notice: 'This person changed while you were looking (someone may have graduated them already). Check the record and try again.',
    pageQuery: GraduationPageQueryDocument,
  });
  const graduate = async (input: { traineeId: string; note: string; version: number }) => {
    const outcome = await run({ input });
    if (outcome.data) {
      await client.refetchQueries({ include: [GraduationPageQueryDocument, TrainingPageQueryDocument] }).catch(() => undefined);
    }
    return outcome;
  };
  return [graduate, state] as const;
}
