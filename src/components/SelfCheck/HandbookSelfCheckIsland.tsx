/**
 * The whole-handbook self-check on /self-check/: statements grouped by
 * chapter, and a profile across the ten steps that says where to start.
 */
import { handbookAnnouncement } from '../../lib/self-check/messages';
import {
  handbookProfile,
  revisitLinks,
  startHere,
  type AreaView,
  type StatementView,
} from '../../lib/self-check/scoring';
import ProfileChart from './ProfileChart';
import SelfCheckForm, { RevisitList } from './SelfCheckForm';

interface Props {
  /** `handbook`: names the saved record and the radio groups. */
  name: string;
  statements: StatementView[];
  areas: AreaView[];
  yourDataHref: string;
}

export default function HandbookSelfCheckIsland({ name, statements, areas, yourDataHref }: Props) {
  return (
    <SelfCheckForm
      name={name}
      statements={statements}
      yourDataHref={yourDataHref}
      groups={areas.map((area) => ({
        area,
        statements: statements.filter((s) => s.chapter === area.chapter),
      }))}
      heading="h2"
      resultTitle="Your profile"
      printable
      deleteResultsAt="under “Your results over time” below"
      outcome={(answers, score) => {
        const profile = handbookProfile(areas, statements, answers);
        const start = startHere(profile);
        return {
          announcement: handbookAnnouncement(profile, start, score.answered, score.total),
          result: (
            <>
              <ProfileChart profile={profile} start={start} />
              <RevisitList heading="h3" revisit={revisitLinks(statements, answers)} />
            </>
          ),
        };
      }}
    />
  );
}
