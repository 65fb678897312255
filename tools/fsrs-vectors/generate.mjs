// Generates reference review histories for TellMe's C# FSRS scheduler.
//
// Every history is a seeded random sequence of reviews of one new card,
// scheduled by ts-fsrs (the version pinned in package.json). The C# tests
// replay each history through TellMe.Practice.Scheduling.FsrsScheduler and
// require the same due dates, intervals and states, and the same stability
// and difficulty within 1e-6.
//
// Usage: npm install && node generate.mjs [outputPath]
// The output is byte-for-byte reproducible for a given ts-fsrs version.

import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  CLAMP_PARAMETERS,
  DefaultInitSeedStrategy,
  FSRSVersion,
  StrategyMode,
  createEmptyCard,
  default_w,
  fsrs,
  generatorParameters,
} from 'ts-fsrs'

const here = dirname(fileURLToPath(import.meta.url))
const output = resolve(
  here,
  process.argv[2] ??
    '../../tests/TellMe.Core.Tests/TestData/fsrs/vectors.jsonl'
)

const HISTORY_COUNT = 1200
const SEED = 0x5eed_f5a5

// mulberry32: a tiny, well-known 32-bit PRNG, so the histories are reproducible
// without depending on Math.random.
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const rand = mulberry32(SEED)
const chance = (p) => rand() < p
const pick = (items) => items[Math.floor(rand() * items.length)]
const between = (lo, hi) => lo + rand() * (hi - lo)
const intBetween = (lo, hi) => Math.floor(between(lo, hi + 1))

// Histories end before this: far-future dates are unrealistic, and .NET's
// DateTimeOffset (unlike a JS Date) cannot go past the year 9999.
const LAST_REVIEW_TIME = Date.UTC(2200, 0, 1)

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const STEP_CHOICES = [
  [[], []],
  [['5m'], ['5m']],
  [['1m', '10m', '1h'], ['10m', '1h']],
  [['1m', '1d'], ['10m']],
  [['10m', '2d'], ['1d']],
  [['30m'], []],
  [['1m', '5m', '10m', '30m'], ['5m', '20m', '2h']],
  [['2h', '12h'], ['30m', '1d', '3d']],
]

function randomWeights() {
  // Mostly inside the clamp bounds, occasionally outside so that clipping is
  // exercised too.
  const bounds = CLAMP_PARAMETERS(2.0, true)
  return default_w.map((w, i) => {
    const [lo, hi] = bounds[i]
    if (chance(0.05)) return +(hi + between(0, 1)).toFixed(4)
    if (chance(0.05)) return +(lo - between(0, 0.5)).toFixed(4)
    const spread = (hi - lo) * 0.25
    const v = Math.min(hi, Math.max(lo, w + between(-spread, spread)))
    return +v.toFixed(4)
  })
}

function randomParameters(index) {
  const params = {}
  const kinds = []
  if (index % 7 === 3 || chance(0.1)) {
    params.enable_fuzz = true
    kinds.push('fuzz')
  }
  if (chance(0.08)) {
    params.request_retention = pick([0.7, 0.8, 0.85, 0.95, 0.97])
    kinds.push('retention')
  }
  if (chance(0.06)) {
    params.enable_short_term = false
    kinds.push('long-term')
  }
  if (chance(0.12)) {
    const [learning, relearning] = pick(STEP_CHOICES)
    params.learning_steps = learning
    params.relearning_steps = relearning
    kinds.push('steps')
  }
  if (chance(0.05)) {
    params.maximum_interval = pick([30, 180, 365, 1000])
    kinds.push('max-interval')
  }
  if (chance(0.05)) {
    params.w = randomWeights()
    kinds.push('weights')
  }
  // The raw weights are recorded (not the clipped ones ts-fsrs will use), so
  // that the C# side has to clip them the same way.
  const rawWeights = Array.from(params.w ?? default_w)
  return { params: generatorParameters(params), rawWeights, kinds }
}

function nextReviewTime(card, last) {
  const due = card.due.getTime()
  const roll = rand()
  let t
  if (roll < 0.07) {
    // Same-day re-review, regardless of due: exercises short-term stability.
    t = last + intBetween(1, 180) * MINUTE + intBetween(0, 59_999)
  } else if (card.state === 1 || card.state === 3) {
    // (Re)learning: mostly near the step, sometimes much later.
    const r = rand()
    if (r < 0.7) t = due + intBetween(-5, 90) * MINUTE
    else if (r < 0.9) t = due + intBetween(2, 36) * HOUR
    else t = due + intBetween(2, 40) * DAY
    t += intBetween(0, 59_999)
  } else {
    const interval = Math.max(1, card.scheduled_days) * DAY
    const r = rand()
    let factor
    if (r < 0.15) factor = between(0.05, 0.9) // early
    else if (r < 0.6) factor = between(0.95, 1.1) // about on time
    else if (r < 0.9) factor = between(1.1, 3) // late
    else factor = between(3, 12) // very late
    t = last + Math.round(interval * factor) + intBetween(-6, 6) * HOUR
    t += intBetween(0, 3_599_999)
  }
  return Math.max(t, last + MINUTE)
}

function pickRating(bias) {
  const r = rand()
  if (r < bias.again) return 1
  if (r < bias.again + bias.hard) return 2
  if (r < bias.again + bias.hard + bias.easy) return 4
  return 3
}

function snapshot(card) {
  return {
    due: card.due.getTime(),
    scheduled_days: card.scheduled_days,
    stability: card.stability,
    difficulty: card.difficulty,
    state: card.state,
    reps: card.reps,
    lapses: card.lapses,
    learning_steps: card.learning_steps,
    elapsed_days: card.elapsed_days,
  }
}

const lines = []
let reviewCount = 0
for (let i = 0; i < HISTORY_COUNT; i++) {
  const { params, rawWeights, kinds } = randomParameters(i)
  const scheduler = fsrs(params)
  let lastSeed = null
  scheduler.useStrategy(StrategyMode.SEED, function () {
    lastSeed = DefaultInitSeedStrategy.call(this)
    return lastSeed
  })

  // Anywhere between 2019 and 2027, at an arbitrary millisecond.
  const start = Date.UTC(2019, 0, 1) + Math.floor(rand() * 8 * 365 * DAY)
  const bias = pick([
    { again: 0.15, hard: 0.15, easy: 0.15 },
    { again: 0.05, hard: 0.1, easy: 0.3 },
    { again: 0.35, hard: 0.2, easy: 0.05 },
    { again: 0.1, hard: 0.4, easy: 0.05 },
    { again: 0.02, hard: 0.03, easy: 0.6 },
  ])
  const length = chance(0.1) ? intBetween(25, 45) : intBetween(1, 20)

  let card = createEmptyCard(new Date(start))
  let last = start
  const reviews = []
  for (let n = 0; n < length; n++) {
    const t = n === 0 ? start + intBetween(0, 3) * MINUTE : nextReviewTime(card, last)
    if (t > LAST_REVIEW_TIME) break
    const rating = pickRating(bias)
    const now = new Date(t)
    const retrievability = scheduler.get_retrievability(card, now, false)
    const { card: next } = scheduler.next(card, now, rating)
    const entry = { t, rating, r: retrievability, ...snapshot(next) }
    if (params.enable_fuzz) entry.seed = lastSeed
    reviews.push(entry)
    card = next
    last = t
  }
  reviewCount += reviews.length

  const history = {
    id: i,
    kinds,
    params: {
      w: rawWeights,
      request_retention: params.request_retention,
      maximum_interval: params.maximum_interval,
      enable_fuzz: params.enable_fuzz,
      enable_short_term: params.enable_short_term,
      learning_steps: Array.from(params.learning_steps),
      relearning_steps: Array.from(params.relearning_steps),
    },
    start,
    reviews,
  }

  // For a third of the histories, also record the four-way preview of the
  // final card at a later time, to check Preview().
  const previewTime = nextReviewTime(card, last)
  if (i % 3 === 0 && previewTime <= LAST_REVIEW_TIME) {
    const t = previewTime
    const preview = scheduler.repeat(card, new Date(t))
    history.preview = {
      t,
      outcomes: [1, 2, 3, 4].map((g) => snapshot(preview[g].card)),
    }
  }
  lines.push(JSON.stringify(history))
}

mkdirSync(dirname(output), { recursive: true })
writeFileSync(output, lines.join('\n') + '\n')
console.log(
  `${FSRSVersion}: wrote ${lines.length} histories, ${reviewCount} reviews to ${output}`
)
