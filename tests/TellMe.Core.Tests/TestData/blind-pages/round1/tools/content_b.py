"""Candidate B: Ana Beatriz Costa, mobile developer (Skyward Air SKY, Pocket Ledger PL, Trailhead Maps TM)."""
from model import L, P, LO, story

TM1_TITLE = "TM1. Built offline map downloads for hikers without mobile signal"

LP = [
 ("1. Customer Obsession", [
   L("Value", "Leaders start with the customer and work backwards"),
   story(TM1_TITLE, "Trailhead Maps",
         ["App-store reviews kept saying the map went blank on the trail", "Most of our users hike where there is no signal"],
         ["Read 300 one-star reviews and joined two guided hikes with users", "Built region downloads of vector tiles with a storage budget the user controls"],
         "One-star reviews about blank maps dropped by 80% and offline users retained 1.6x better"),
 ]),
 ("2. Ownership", [
   L("Value", "Leaders never say \u201cthat's not my job\u201d"),
   story("PL1. Took ownership of the crash rate nobody was assigned to",
         "Pocket Ledger",
         ["Crash-free sessions sat at 97.1% for a year", "Crashes were everybody's problem, so nobody's"],
         ["Set up a weekly crash triage and put the top ten crashes on the team board", "Fixed the three biggest crashes myself (Core Data threading on iOS, a Fragment lifecycle bug on Android)"],
         "Crash-free sessions rose to 99.6% in two quarters"),
 ]),
 ("3. Invent and Simplify", [
   L("Value", "Leaders expect and require innovation and always find ways to simplify"),
   story("SKY1. Replaced three hand-rolled networking layers with one shared client",
         "Skyward Air",
         "Booking, check-in and loyalty each had their own networking code and their own bugs",
         ["Wrote one shared Retrofit + OkHttp client with retries and auth refresh", "Migrated the three features one at a time behind a flag"],
         "Deleted about 6,000 lines of code; network-related bug reports halved"),
 ]),
 ("4. Are Right, A Lot", [
   L("Value", "Leaders have strong judgment and good instincts"),
   story("PL2. Chose Kotlin Multiplatform for the shared budgeting engine instead of a full cross-platform rewrite",
         "Pocket Ledger",
         ["iOS and Android computed budgets differently and users noticed", "Some people wanted to rewrite the app in a cross-platform UI framework"],
         ["Compared three options on a small spike: KMP, a full rewrite, and keeping two engines", "Shared only the budgeting logic with KMP and kept native UI"],
         "Budget totals matched on both platforms and the UI stayed native"),
 ]),
 ("5. Learn and Be Curious", [
   L("Value", "Leaders are never done learning"),
   story("TM2. Learned Metal shaders to render hill shading on iOS",
         "Trailhead Maps",
         "Hill shading was pre-rendered into raster tiles, which tripled download size",
         ["Learned Metal from scratch over two weekends", "Computed hill shading on the GPU from elevation tiles"],
         "Offline region size fell by 55%"),
 ]),
 ("6. Hire and Develop the Best", [
   L("Value", "Leaders raise the performance bar with every hire"),
   story("PL3. Rebuilt the mobile interview loop and wrote a take-home review rubric",
         "Pocket Ledger",
         ["Interviewers graded the take-home very differently", "Two strong candidates were rejected on style nits"],
         ["Wrote a rubric focused on correctness, tests and trade-offs", "Paired new interviewers with experienced ones for their first three loops"],
         "Hired five mobile engineers in a year; all passed probation"),
 ]),
 ("7. Insist on the Highest Standards", [
   L("Value", "Leaders continually raise the bar"),
   story("TM3. Added snapshot tests and an accessibility gate to CI",
         "Trailhead Maps",
         ["UI regressions reached production every few releases", "VoiceOver and TalkBack labels were often missing"],
         ["Added snapshot tests for the 40 most used screens", "Made CI fail when an interactive element had no accessibility label"],
         "No UI regression escaped to production for three releases in a row"),
 ]),
 ("8. Think Big", [
   L("Value", "Thinking small is a self-fulfilling prophecy"),
   story("SKY2. Pitched and built the airline's first mobile boarding pass with wallet passes",
         "Skyward Air",
         "Passengers printed boarding passes or queued at kiosks",
         ["Pitched the idea to the digital director with a clickable prototype", "Built Apple Wallet and Google Wallet passes with live gate updates"],
         "40% of passengers used mobile boarding passes within a year"),
 ]),
 ("9. Bias for Action", [
   L("Value", "Speed matters in business"),
   story("PL4. Rolled back a bad release with a remote-config kill switch within 20 minutes",
         "Pocket Ledger",
         "Release 5.2 corrupted recurring transactions for some users",
         ["Turned the new sync path off with a remote-config flag before the root cause was known", "Shipped a repair migration the next day"],
         "About 2,000 users were affected instead of our whole base of 400k"),
 ]),
 ("10. Frugality", [
   L("Value", "Accomplish more with less"),
   L("Project", "TM6 (told on the Trailhead Maps page)"),
 ]),
 ("11. Earn Trust", [
   L("Value", "Leaders listen attentively, speak candidly, and treat others respectfully"),
   L("Project", "PL8"),
 ]),
 ("12. Dive Deep", [
   L("Value", "Leaders stay connected to the details"),
   story("SKY3. Tracked an ANR spike to a synchronous preferences write on the main thread",
         "Skyward Air",
         "ANRs tripled after a release, only on older Android devices",
         ["Pulled ANR traces from the Play Console and grouped them by stack", "Found a SharedPreferences commit() on the main thread at check-in"],
         "Switched to apply() and moved the write off the main thread; ANRs went back to baseline"),
 ]),
 ("13. Have Backbone;\nDisagree and Commit", [
   L("Value", "Leaders respectfully challenge decisions when they disagree, then commit wholly"),
   story("PL5. Disagreed with adding a third-party ads SDK, then committed to shipping it safely",
         "Pocket Ledger",
         "Product wanted an ads SDK in a finance app to hit a revenue target",
         [L("Disagree", "Showed the SDK's data collection and its effect on our privacy labels"), L("Commit", "When the decision stood, I sandboxed the SDK behind a consent screen")],
         "Ads shipped with a consent rate of 62% and no privacy complaints"),
 ]),
 ("14. Deliver Results", [
   L("Value", "Leaders deliver with the right quality and in a timely fashion"),
   story("TM4. Shipped the Apple Watch companion app for the spring launch",
         "Trailhead Maps",
         ["Marketing had announced a spring launch date", "The team had no watchOS experience"],
         ["Cut scope to route following and a heart-rate view", "Wired watch events into GA4 so we could see real usage after launch"],
         "Shipped on the announced date; 9% of active users paired a watch in the first month"),
 ]),
 ("15. Strive to be Earth's Best Employer", [
   L("Value", "Leaders work every day to create a safer, more productive and more just work environment"),
   L("Project", "PL3"),
 ]),
 ("16. Success and Scale Bring Broad Responsibility", [
   L("Value", "Leave things better than how we found them"),
   story(TM1_TITLE, "Trailhead Maps",
         ["Hikers without signal were getting lost because the map went blank", "Mountain rescue teams told us our app was part of the problem"],
         ["Read 300 one-star reviews and joined two guided hikes with users", "Built region downloads of vector tiles with a storage budget the user controls"],
         "Offline maps became the default for routes marked remote"),
 ]),
]

BQ = [
 ("Tell me about yourself", [
   L("Role", "I'm a mobile engineer with 8 years on iOS and Android"),
   L("Main", "I'm a senior mobile engineer at Trailhead Maps, an outdoor navigation app with 2M monthly users"),
   L("Skill", "Swift, Kotlin, Kotlin Multiplatform, and a little Metal"),
 ]),
 ("Why leave\nTrailhead Maps", [
   L("Scope", "The app is mature and most of my work is now maintenance"),
   L("Growth", "I want to lead a mobile platform team"),
 ]),
 ("Why Mobile", [
   L("Reason", "I like software that people carry in their pocket"),
   L("Feedback", "Mobile gives the fastest feedback from real users"),
 ]),
 ("Why Amsterdam", [
   L("Reason", "My partner got a job offer there"),
   L("Market", "Many product companies with strong mobile teams"),
 ]),
 ("Strengths & Weaknesses", [
   L("Strength", "I turn vague quality problems into numbers and fix them"),
   L("Weakness", "I take on too much of the hard debugging myself"),
   L("Improving", "I now pair on every hard bug so someone else learns it"),
 ]),
 ("Failure", [
   L("Summary (PL4)", "I shipped a release that corrupted recurring transactions at Pocket Ledger"),
   L("Learned", "Every risky data migration now ships behind a remote-config flag"),
 ]),
 ("Conflict", [
   LO("Project (PL5)",
      L("Disagree", "I argued against the ads SDK for privacy reasons"),
      L("Commit", "I shipped it behind a consent screen")),
 ]),
 ("Most Proud Of", [
   L("Project", "TM1"),
   L("Why", "It made hiking safer for people who had no signal"),
 ]),
 ("Leadership", [
   L("Summary", "PL3. Rebuilt the mobile interview loop and wrote a take-home review rubric at Pocket Ledger"),
   L("Result", "Hired five mobile engineers in a year"),
 ]),
 ("Technically Challenging", [
   LO("Project (TM2)",
      L("Problem", "Raster hill shading tripled download size"),
      L("Action", "", P("Learned Metal", P("Wrote a compute shader for hill shading", P("Tested it on an iPhone 8 to make sure old devices kept 60 fps"))), P("Computed shading on the GPU from elevation tiles")),
      L("Result", "Offline region size fell by 55%")),
 ]),
 ("Customer Focus", [
   L("Summary (TM5)", "Built a trail-condition report flow from user feedback at Trailhead Maps"),
   L("Backup", "SKY5"),
 ]),
 ("Low Performer", [
   L("Summary", "(New) Helped a struggling Android engineer at Skyward Air find work that fit"),
   L("Action", "", P("Weekly 1:1s and smaller, well-defined tickets"), P("Moved him to the release-tooling work he enjoyed")),
   L("Result", "He later became the team's release manager"),
 ]),
 ("What you'd do in your first 90 days", [
   L("30", "Learn the codebase, the release process and the crash dashboards"),
   L("60", "Ship a small feature end to end"),
   L("90", "Propose one improvement to the mobile platform with numbers behind it"),
 ]),
 ("My Questions", [
   L("Release", "How often do you release, and who owns the release train?"),
   L("Platform", "How do iOS and Android share code today?"),
   L("Quality", "What crash-free rate do you target?"),
 ]),
]

PROJECTS = [
 ("TM5", "Built a trail-condition report flow from user feedback",
  ["Users emailed us photos of fallen trees and washed-out bridges", "Support forwarded them by hand to the content team"],
  ["Added an in-app report with photo, location and category", "Routed reports to a moderation queue and showed approved ones on the map"],
  "12,000 reports in the first summer; support email volume fell by a third"),
 ("TM6", "Cut map-tile CDN costs by 40% by caching vector tiles on the device",
  ["CDN egress for map tiles was the largest infrastructure cost", "Many users fetched the same tiles every weekend"],
  ["Added an on-device tile cache with ETag revalidation", "Prefetched tiles along saved routes on Wi-Fi only"],
  "Monthly CDN bill fell by 40% and maps loaded faster on repeat visits"),
]
