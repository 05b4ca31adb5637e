/**
 * A chapter's self-check island: its kept results above the statements (the
 * last two side by side, earlier ones in a list that opens), and a result
 * that names the sections to revisit.
 */
import { chapterAnnouncement } from '../../lib/self-check/messages';
import {
  readSelfCheck,
  revisitLinks,
  type BandView,
  type StatementView,
} from '../../lib/self-check/scoring';
import LastTwoResults from '../ResultsOverTime/LastTwoResults';
import SelfCheckForm, { RevisitList } from './SelfCheckForm';

interface Props {
  /** The chapter's slug: names the saved record and the radio groups. */
  name: string;
  statements: StatementView[];
  bands: BandView[];
  yourDataHref: string;
}

export default function ChapterSelfCheckIsland({ name, statements, bands, yourDataHref }: Props) {
  return (
    <SelfCheckForm
      name={name}
      statements={statements}
      yourDataHref={yourDataHref}
      groups={[{ area: null, statements }]}
      heading="h3"
      resultTitle="Your result"
      printable={false}
      deleteResultsAt="under “Delete a kept result” above"
      before={<LastTwoResults check={name} statements={statements} bands={bands} />}
      outcome={(answers) => {
        const reading = readSelfCheck(statements, bands, answers);
        const revisit = revisitLinks(statements, answers);
        return {
          announcement: chapterAnnouncement(reading, revisit.length),
          result: <RevisitList heading="h4" revisit={revisit} />,
        };
      }}
    />
  );
}
