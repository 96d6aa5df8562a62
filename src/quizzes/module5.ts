/** Module 5 self-check: LF-Tags, data filters and the grant option. */
export const MODULE_5_QUIZ = {
  module: 5,
  title: 'Lake Formation additional configurations: self-check',
  questions: [
    {
      id: 'tag-values',
      kind: 'single',
      prompt:
        'LF-Tag sensitivity allows the values pii, internal and public. What happens when you assign sensitivity=secret?',
      choices: [
        { id: 'fails', text: 'It fails: a tag takes only the values defined for its key' },
        { id: 'added', text: 'The value secret is added to the tag' },
      ],
      correct: ['fails'],
      explanation:
        'An LF-Tag is a key with the list of values it may take; any other value is refused.',
      teachesIn: { lesson: 'lf-tags-and-filters', step: 'create-tag' },
    },
    {
      id: 'inherit-override',
      kind: 'single',
      prompt:
        'Database sales is tagged sensitivity=internal, and column sales.orders.customer_email is tagged sensitivity=pii. What is the tag of column sales.orders.region?',
      choices: [
        { id: 'internal', text: 'internal, inherited from the database' },
        { id: 'pii', text: 'pii, like the other column of the table' },
        { id: 'none', text: 'None: only resources tagged directly have tags' },
      ],
      correct: ['internal'],
      explanation:
        'Tables and columns inherit their database’s tags; a tag set on one column overrides the inherited value for that column only.',
      teachesIn: { lesson: 'lf-tags-and-filters', step: 'tag-database-and-column' },
    },
    {
      id: 'tag-grant-future',
      kind: 'single',
      prompt:
        'You grant SELECT on tables matching sensitivity = internal or public. A new table tagged internal is created next week. Can the grantee read it?',
      choices: [
        {
          id: 'yes',
          text: 'Yes: a tag-expression grant covers every matching resource, now and later',
        },
        { id: 'no', text: 'No: you must grant on the new table by name' },
      ],
      correct: ['yes'],
      explanation:
        'Tag-based access control scales with the catalog: permissions follow the tags, not the resource names.',
      teachesIn: { lesson: 'lf-tags-and-filters', step: 'tag-expression-grant' },
    },
    {
      id: 'row-filter',
      kind: 'single',
      prompt: "A data filter has row filter region = 'US' and All columns. What does it give?",
      choices: [
        { id: 'row-level', text: 'Row-level security: only US rows, with every column' },
        { id: 'column-level', text: 'Column-level security: the region column is hidden' },
      ],
      correct: ['row-level'],
      explanation:
        'The row filter keeps the rows that match before any SQL runs; with All columns, no column is removed.',
      teachesIn: { lesson: 'lf-tags-and-filters', step: 'row-filter' },
    },
    {
      id: 'cell-filter',
      kind: 'single',
      prompt: 'How do you let the auditor see EU orders only, without the customer_email column?',
      choices: [
        {
          id: 'cell',
          text: "One data filter: row filter region = 'EU' plus Exclude columns customer_email",
        },
        { id: 'view', text: "Ask the auditor to always add WHERE region = 'EU'" },
      ],
      correct: ['cell'],
      explanation:
        'A row filter plus a column restriction is cell-level security, enforced by Lake Formation whatever query the auditor writes.',
      teachesIn: { lesson: 'lf-tags-and-filters', step: 'cell-filter' },
    },
    {
      id: 'grant-option',
      kind: 'multiple',
      prompt:
        'Who may grant SELECT on sales.customers to another principal? (Choose all that apply.)',
      choices: [
        { id: 'admin', text: 'A data lake administrator' },
        { id: 'grantable', text: 'A principal holding SELECT with the grant option on it' },
        { id: 'reader', text: 'Any principal that can read the table' },
      ],
      correct: ['admin', 'grantable'],
      explanation:
        'Reading is not granting: without the grant option, a grant fails with AccessDeniedException.',
      teachesIn: { lesson: 'lf-tags-and-filters', step: 'grant-option' },
    },
  ],
};
