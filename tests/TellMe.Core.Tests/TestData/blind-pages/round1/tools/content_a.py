"""Candidate A: Tomasz Wieczorek, data engineer (Kestrel Bank KB, Northwind Freight NF, Lumen Analytics LA)."""
from model import L, P, LO, story

LP = [
 ("1. Customer Obsession", [
   L("Value", "Leaders start with the customer and work backwards"),
   story("LA1. Built a self-serve data export API so enterprise customers could load campaign data into their own warehouses",
         "Lumen Analytics",
         ["Enterprise customers exported CSVs by hand every Monday", "Three of our top ten accounts raised it in renewal calls"],
         ["Interviewed five customer data teams to learn what they actually loaded", "Built an export API that writes Parquet to the customer's own S3 or GCS bucket"],
         "Manual export tickets dropped by 90% and two at-risk renewals were signed"),
 ]),
 ("2. Ownership", [
   L("Value", "Leaders think long term and never say \u201cthat's not my job\u201d"),
   story("NF1. Took over an orphaned Airflow cluster and rebuilt the nightly shipment ETL",
         "Northwind Freight",
         ["The engineer who built the Airflow cluster left and nobody owned it", "The nightly shipment ETL failed about twice a week"],
         ["Volunteered to own it and wrote a runbook", "Split the 4,000-line DAG into small idempotent tasks with retries"],
         "Failures went from twice a week to once a quarter"),
 ]),
 ("3. Invent and Simplify", [
   L("Value", "Leaders expect and require innovation and invention from their teams and always find ways to simplify"),
   story("LA2. Replaced 40 hand-written Spark jobs with a declarative dbt project",
         "Lumen Analytics",
         "Every new metric needed a new Spark job and a code review from the platform team",
         ["Moved the transformations into dbt models on Snowflake", "Wrote a macro library so analysts could add metrics themselves"],
         "Time to ship a new metric fell from two weeks to two days"),
 ]),
 ("4. Are Right A Lot", [
   L("Value", "Leaders are right a lot. They have strong judgment and good instincts"),
   story("KB1. Chose change-data-capture over nightly dumps for the fraud data mart",
         "Kestrel Bank",
         ["The fraud team wanted fresher data", "Two options on the table: hourly dumps or CDC from the core banking database"],
         ["Measured the load each option put on the core database", "Ran a two-week pilot of Debezium against a replica"],
         "CDC went live with 5-minute freshness and no measurable load on the core system"),
 ]),
 ("5. Learn and Be Curious", [
   L("Value", "Leaders are never done learning and always seek to improve themselves"),
   story("LA3. Learned Apache Flink to build a streaming attribution pipeline",
         "Lumen Analytics",
         ["Customers wanted attribution in minutes, not the next morning", "Nobody on the team had run a stream processor in production"],
         ["Took a course and built three throwaway prototypes in a week", "Designed the pipeline with event-time windows and watermarks", "Wrote an internal guide: \u201cFlink for batch people\u201d"],
         "Attribution latency went from 24 hours to under 5 minutes"),
 ]),
 ("6. Hire and Develop the Best", [
   L("Value", "Leaders raise the performance bar with every hire and promotion"),
   story("NF2. Designed the data-engineering onboarding program and mentored two junior engineers",
         "Northwind Freight",
         ["New hires needed about three months before their first production change", "Knowledge lived in two people's heads"],
         [L("Onboarding", "", P("Wrote a 30-60-90 day plan", P("Week 1: run the pipelines locally"), P("Week 2: ship a small fix with a buddy")), P("Recorded six short videos on the platform")),
          L("Mentoring", "Weekly 1:1s with two junior engineers")],
         ["First production change in 3 weeks instead of 3 months", "Both mentees were promoted within a year"]),
 ]),
 ("7. Insist on the Highest Standards", [
   L("Value", "Leaders have relentlessly high standards \u2014 many people may think these standards are unreasonably high"),
   story("KB2. Introduced automated data quality checks on regulatory reports",
         "Kestrel Bank",
         ["Monthly regulatory reports were checked by hand in spreadsheets", "A wrong number meant a formal correction to the regulator"],
         ["Added Great Expectations suites to every reporting table", "Blocked publication when a check failed"],
         "Zero corrections to the regulator in the following 18 months",
         task=""),
 ]),
 ("8. Think Big", [
   L("Value", "Leaders create and communicate a bold direction that inspires results"),
   story("NF3. Proposed and led a company-wide lakehouse for route and fleet data",
         "Northwind Freight",
         ["Route, fleet & billing data lived in three separate warehouses", "Every cross-team question took a week of manual joins"],
         ["Wrote a one-page vision and got sponsorship from the COO", "Moved Spark workloads off long-running EC2 clusters onto EMR on EKS", "Built the lakehouse on S3 and Delta Lake, one domain at a time"],
         "All three domains were queryable in one place within nine months"),
 ]),
 ("9. Bias for Action", [
   L("Value", "Speed matters in business. Many decisions and actions are reversible and do not need extensive study"),
   story("LA4. Shipped a hotfix and backfill during a double-counting incident on a Friday night",
         "Lumen Analytics",
         "A deduplication bug double-counted conversions for every customer\nright before month-end invoicing",
         ["Shipped a one-line fix behind a feature flag within an hour", "Backfilled the affected 11 days overnight and verified the totals against raw events"],
         "Invoices went out on time with correct numbers"),
 ]),
 ("10. Frugality", [
   L("Value", "Accomplish more with less. Constraints breed resourcefulness, self-sufficiency and invention"),
   L("Project", "LA6 (details on the Lumen Analytics page)"),
 ]),
 ("11. Earn Trust", [
   L("Value", "Leaders listen attentively, speak candidly, and treat others respectfully"),
   story("KB3. Admitted and corrected a wrong fraud-loss figure I had published in a board report",
         "Kestrel Bank",
         ["I found that a figure in last quarter's board pack was 12% too low", "It came from a join I had written"],
         ["Told my manager and the CFO's office the same day", "Published a corrected figure with a short root-cause note"],
         "The CFO's office asked our team to own the board pack data from then on"),
 ]),
 ("12. Dive Deep", [
   L("Value", "Leaders operate at all levels, stay connected to the details, and audit frequently"),
   story("NF4. Traced a 2% shipment count discrepancy to a timezone bug in the Kafka consumers",
         "Northwind Freight",
         "Finance and operations reported different shipment counts every month",
         ["Compared the two counts shipment by shipment for one day", "Found that consumers used local time for the partition date, so late-evening events in Lisbon and Warsaw landed on the wrong day"],
         "Counts matched to the shipment after the fix, and finance dropped its own copy of the data"),
 ]),
 ("13. Have Backbone;\nDisagree and Commit", [
   L("Value", "Leaders are obligated to respectfully challenge decisions when they disagree, even when doing so is uncomfortable or exhausting"),
   story("KB4. Pushed back on moving the core warehouse to a vendor appliance, then committed to the migration",
         "Kestrel Bank",
         "Leadership planned to replace our warehouse with an on-premise vendor appliance",
         [L("Disagree", "Showed the five-year cost and the lock-in risk with numbers"), L("Commit", "When the decision stood, I wrote the migration plan and led the cut-over")],
         "The migration finished a month early and the exit clause I asked for was added to the contract"),
 ]),
 ("14. Deliver Results", [
   L("Value", "Leaders focus on the key inputs for their business and deliver them with the right quality and in a timely fashion"),
   story("NF5. Delivered the carrier-invoice reconciliation pipeline two weeks before peak season",
         "Northwind Freight",
         ["Finance matched carrier invoices to shipments by hand", "Peak season would triple the volume"],
         ["Cut scope to the three largest carriers first", "Built the matching rules together with the finance & ops teams"],
         "Live two weeks before peak; 94% of invoices matched automatically"),
 ]),
 ("15. Strive to be Earth's Best Employer", [
   L("Value", "Leaders work every day to create a safer, more productive, higher performing, more diverse, and more just work environment"),
   L("Project", "NF7"),
 ]),
 ("16. Success and Scale Bring Broad Responsibility", [
   L("Value", "We started in a garage, but we're not there anymore. Leave things better than how we found them"),
   L("Project", "NF1"),
 ]),
]

# LA6 is told on the company page; NF7 is told nowhere (dangling).

BQ = [
 ("Tell me about yourself", [
   L("Role", "I'm a data engineer with 9 years of experience building batch and streaming pipelines"),
   L("Main", "I'm a senior data engineer at Lumen Analytics, a B2B marketing analytics company"),
   L("Skill", "Python | SQL | Spark, plus Flink and dbt"),
   L("Before", "", P("Northwind Freight: logistics data platform"), P("Kestrel Bank: fraud and regulatory reporting")),
 ]),
 ("Why searching\na new position", [
   L("Current Environment", "I like my team, but the data platform is now in maintenance mode"),
   L("Growth", "I want to work on data systems at a larger scale"),
   L("Relocation", "My partner and I are moving to Berlin next year"),
 ]),
 ("Why Data Engineering", [
   L("Start", "I started as an analyst at Kestrel Bank and kept fixing the pipelines instead of the dashboards"),
   L("Joy", "I enjoy making data trustworthy for other people"),
 ]),
 ("Why Germany", [
   L("Family", "My partner's family is in Berlin"),
   L("Market", "Berlin has many data-heavy product companies"),
 ]),
 ("Strength", [
   L("Strength", "I pick up new data tools quickly and make them boring for the team"),
   LO("Project (LA3)",
      L("Situation", "Customers wanted attribution in minutes"),
      L("Action", "Learned Flink, prototyped, then designed the pipeline"),
      L("Result", "Latency fell from 24 hours to under 5 minutes")),
 ]),
 ("Weakness", [
   L("Weakness", "I used to say yes to every ad-hoc data request"),
   L("Summary", "(New) I became the bottleneck for analytics requests at Northwind Freight"),
   L("Action", "", P("Set up an intake form"), P("Taught analysts to self-serve with dbt")),
   L("Learned", "Saying no kindly is part of the job"),
 ]),
 ("Failure", [
   L("Summary (KB3)", "I published a wrong fraud-loss figure in a board report at Kestrel Bank"),
   L("Action", "Told the CFO's office the same day and published a correction"),
   L("Learned", "I now reconcile every board figure against a second source"),
 ]),
 ("Conflict", [
   L("Project", "KB4"),
   L("Disagree", "I opposed the vendor appliance on cost and lock-in"),
   L("Commit", "Once decided, I led the migration"),
 ]),
 ("Leadership / Mentoring", [
   L("Summary", "NF2. Designed the data-engineering onboarding program and mentored two junior engineers at Northwind Freight"),
   L("Result", "First production change in 3 weeks instead of 3 months"),
 ]),
 ("Technically Challenging", [
   LO("Project (LA5)",
      L("Problem", "", P("Sales wanted product usage inside Salesforce", P("Nightly syncs were hitting API limits"))),
      L("Action", "Built an incremental reverse-ETL sync with per-object rate limits"),
      L("Result", "Usage data in Salesforce within 15 minutes")),
 ]),
 ("Tight Deadline", [
   L("Summary (NF5)", "Delivered the carrier-invoice reconciliation pipeline before peak season"),
   L("Backup story", "NF8"),
 ]),
 ("Salary Expectations", []),
 ("My Questions", [
   L("Scale", "How many pipelines does the team own, and how many people are on call?"),
   L("Stack", "How is the batch / streaming split decided?"),
   L("Data Quality", "Who owns data quality: producers or the platform team?"),
 ]),
]

PROJECTS = [
 ("LA5", "Built an incremental reverse-ETL sync from Snowflake to Salesforce",
  ["Sales wanted product usage inside Salesforce", "The nightly full sync hit Salesforce API limits"],
  ["Switched to incremental syncs keyed on updated_at", "Added per-object rate limits and a dead-letter table"],
  "Usage data reached Salesforce within 15 minutes, with no API-limit incidents"),
 ("LA6", "Cut Snowflake spend by 45% with warehouse auto-suspend and query tagging",
  ["Snowflake was our second-largest bill", "Nobody knew which team ran which queries"],
  ["Tagged every query with team and pipeline", "Right-sized warehouses and set auto-suspend to 60 seconds", "Published a weekly cost report per team"],
  "Monthly Snowflake spend fell by 45% with no change to freshness"),
 ("LA7", "Migrated event ingestion from a self-hosted Kafka cluster to a managed service",
  "Our three-broker Kafka cluster paged the team about once a week",
  ["Ran both paths in parallel for a month and compared counts daily", "Cut over one topic at a time"],
  "No ingestion pages in the six months after the migration"),
]
