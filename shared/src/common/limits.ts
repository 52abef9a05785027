/**
 * Every limit of Tandem, grouped per model: read by the API (input validation, DTO decorators)
 * and the client (`maxLength`, `min`/`max` of form fields) alike, so both refuse the same input.
 * Add a limit here, never as a raw number in a decorator or a prop.
 */
export const LIMITS = {
  user: {
    nameMin: 1,
    nameMax: 100,
    passwordMin: 10,
    passwordMax: 256,
    /** Roles a person holds at least / at most (there are five). */
    rolesMin: 1,
    rolesMax: 5,
    /** An IANA time zone name ("America/Argentina/ComodRivadavia"). */
    timeZoneMax: 64,
  },
  workingHours: {
    /** "HH:MM". */
    timeMax: 5,
    /** Days of the week. */
    daysMax: 7,
  },
  mail: {
    /** RFC 5321: a whole address. */
    addressMax: 254,
    /** RFC 5321: the part before the @. */
    localPartMax: 64,
    /** An inbound attachment's file name is cut here. */
    attachmentNameMax: 255,
    /** The SMTP server's answer kept on an outbox row is cut here. */
    lastErrorMax: 1000,
  },
  session: {
    /** The browser's User-Agent kept on a session is cut here. */
    userAgentMax: 300,
  },
  notification: {
    /** Notifications marked read in one call (or all of them, without ids). */
    markReadMax: 500,
  },
  page: {
    sizeMin: 1,
    sizeDefault: 25,
    sizeMax: 100,
    /** An opaque page cursor. */
    cursorMax: 500,
  },
  search: {
    textMax: 100,
    /** Counts of a search stop here ("more than 1000 in all tickets"). */
    countMax: 1000,
  },
  ticket: {
    subjectMax: 300,
    /** A customer's message or an agent's reply. */
    bodyMax: 20_000,
    /** A customer's (or a company's) name. */
    nameMax: 200,
  },
  note: {
    bodyMax: 20_000,
    /** People @mentioned in one note. */
    mentionsMax: 20,
  },
  savedReply: {
    titleMax: 120,
    bodyMax: 20_000,
  },
  draft: {
    bodyMax: 20_000,
    /** A reviewer's feedback on a draft. */
    feedbackMax: 5_000,
    /** The title a draft suggests for a new saved reply. */
    suggestedTitleMax: 120,
  },
  settings: {
    goalMinutesMin: 1,
    goalMinutesMax: 30 * 24 * 60,
    /** GraphQL Int: the API takes no more cents than this. */
    revenueCentsMax: 2_147_483_647,
    tonePhrasesMax: 100,
    /** A tone-guide phrase to avoid, and what to say instead. */
    avoidMax: 200,
    suggestionMax: 500,
    webhookUrlMax: 2000,
  },
  bug: {
    titleMax: 200,
    /** Steps, expected and actual result. */
    textMax: 10_000,
    environmentMax: 500,
    urlMax: 2000,
    usersAffectedMax: 10_000_000,
    questionMax: 5_000,
    /** Open bugs offered as "looks the same". */
    similarMax: 5,
  },
  feature: {
    titleMax: 200,
    descriptionMax: 5_000,
    /** The customer's own words, kept with their ask. */
    quoteMax: 1_000,
    /** Cards offered as "asks for the same thing". */
    similarMax: 5,
    /** Product's note beside a card in a report ("planned for Q3"). */
    noteMax: 500,
    /** Cards a report lists. */
    reportSizeMin: 5,
    reportSizeMax: 100,
    /** Months between two reports (FR3). */
    reportIntervalMax: 12,
  },
  training: {
    /** The trainer's note when they graduate a trainee (T4): a sentence or two. */
    graduationNoteMax: 280,
    /** Reviewers' feedback shown on a trainee's record, newest first. */
    recentFeedbackMax: 5,
  },
  /** Bounds of the timer settings (checked by `checkTimerSettings`). */
  followUps: {
    minutesMin: 1,
    minutesMax: 90 * 24 * 60,
    followUpsMax: 10,
    warningPercentMin: 1,
    warningPercentMax: 99,
    /** W10/F4: the closing mail. */
    closingMessageMax: 5000,
  },
} as const;
