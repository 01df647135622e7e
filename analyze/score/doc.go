// Package score ranks the user's contacts as referrers for each target
// company.
//
// A contact is listed for a target only when their current employer is the
// target (as the company package resolves names, brands and subsidiaries
// included). A target named by a brand, such as AWS or Instagram, lists
// everyone at the parent and wants the brand as its team.
//
// # What a referral is worth
//
// A referral is worth what the referrer can do for the user times how
// likely they are to give it and how genuine it will look. Any employee can
// submit a referral and a recruiter can route a resume, so working at the
// target is most of what a referrer can do; the role, seniority and team
// make a referral stronger when it is given. But the company can tell
// whether the referrer knows the candidate, and a stranger rarely refers
// at all. So the score is a product of two parts, each from 0 to 1:
//
//	fit    what the referrer can do: the weighted mean of role, seniority
//	       and team (team only when the target names one)
//	reach  how likely and how genuine: the weighted mean of tie and alumni
//
//	score  = 100 x fit^(Wfit/W) x reach^(Wreach/W)
//
// where Wfit and Wreach are the sums of each part's weights and W the
// larger of the two. With the default weights both parts weigh 50 and the
// score is the plain product 100 x fit x reach.
//
// A sum, as this package once used, lets a strong fit make up for no
// relationship: a stranger who is a Director of Engineering outranked a
// close friend who is a product manager, and the list a user reads from
// the top began with people who will not answer. In a product each part
// scales the other: a stranger's fit counts at a quarter of a close
// friend's, or less, whatever it is. Reach does not fall to zero (a stranger may
// still refer, and an introduction can make one of them a good referrer),
// nor fit (an employee in any function can refer): so strangers are still
// ordered by what they can do, the more senior in the role first, and
// close friends by the same, the one in the role first. The orderings
// this gives, each tested pairwise at one company with nothing inferred:
// a close friend in an adjacent role (a product manager, for a software
// role) or a close recruiter above a stranger in the role up to two levels
// more senior; a known peer in the role (a handful of messages both ways)
// above the same stranger; and every single factor (role, seniority,
// team, shared past, tie) lifts a contact above the same contact without
// it.
//
// # Components
//
// Each component has a value from 0 to 1 and a weight (--weight, the
// config's [weights]). Within a part, a component's weight is its share of
// the mean; between the parts, the weights set the exponents, so raising
// the tie's weight makes reach count more than fit, and weighting a part
// to 0 leaves it out (its factor is 1).
//
//	component  weight  value
//	role       30      0.5 + 0.5 x Adjacent: 1 for the target role's
//	                   function, 0.8 for a recruiter whatever the role (a
//	                   recruiter can always route a resume), 0.6 to 0.8 for
//	                   an adjacent function (see Adjacent), 0.6 for a
//	                   title that names no discipline (founder, CEO), 0.5
//	                   for any other employee
//	seniority  10      (taxonomy rank + 1) / 8: intern 1/8, entry 2/8, mid
//	                   3/8, senior 4/8, staff and manager 5/8, director
//	                   6/8, vp 7/8, cxo and owner 1
//	team       10      1 when the target names a team and the contact's
//	                   title, employer brand or notes name it, else 0;
//	                   left out of the mean when the target names none
//	alumni     10      1 for a probable or noted colleague, 0.8 for a
//	                   fellow alum the notes name; a context guessed from
//	                   dates alone half that, times tie's confidence in
//	                   it: a possible classmate up to 0.4, someone
//	                   possibly met at a past job up to 0.2 (the tie
//	                   strength counts the guess already)
//	tie        40      0.1 + 0.9 x min(1, tie strength / 60): a stranger
//	                   (tier none) 0.1 to 0.32, an acquainted contact to
//	                   0.61, a known one to 0.83, a close one 0.85 to 1
//
// # Points
//
// Each component gets a column of points, and the points add up to the
// score. In a product no component has points of its own, so they are
// apportioned: the fit part takes the share fit/(fit+reach) of the score
// (with the parts raised to their exponents) and the reach part the rest,
// and within a part each component takes a share in proportion to its
// weight times its value. A row's larger columns show what carries its
// score and the smaller ones what holds it back: a stranger Director of
// Engineering has most of a low score in role, a close friend in product
// most of a higher one in tie. The points are rounded to tenths that add
// up to the rounded score (the leftover tenths go to the largest
// remainders), so the Score column is always the sum of the Points
// columns.
//
// # Approach
//
// A referral's Approach is its tier's (package tie): ask a close contact
// directly, a known or acquainted one for advice first, anyone else
// through an introduction. It follows the tie as reach does, so reading
// the ranking from the top, those to ask directly or for advice come
// before the strangers of like fit, whom an introduction should make into
// referrers first; the Summary's Ask and the outreach drafts follow the
// same order.
//
// # Order
//
// Ranking is deterministic: by score (as rounded), then tie strength,
// then name, then profile URL, then the file and line the contact was
// read from, then the order of the contacts, and Rank restarts at 1 for
// each target. With --top, or for a posting's few referrers, only the
// best are picked out, in the order a full ranking would give them.
// With no targets, every employer in the network is a target, named as the
// alias table names the parent or as most contacts spell it, and targets
// are ordered by the sum of their three best scores (several good
// referrers beat one), then by name.
//
// Why lists, in words, what made the score:
//
//	same team (Music) · software · senior · possible classmate (University of Washington, 2015-2019)
//
// # What refrank knows of a contact
//
// One step, know, turns each contact's row into what refrank knows of
// them before any tie or target, as the row half of an [analyze.Member]:
// the employer resolved once by the company package (its display name
// and its key, Member.EmployerKey), the function and seniority the
// title package reads from the position on that employer's own ladder,
// and the team (the notes' Team, else the one the title names, else the
// brand's). Package tie then takes that Member, not the row, to find
// probable colleagues by the key, and the scoring and the no-target
// grouping read the same key: no stage resolves the employer again.
// The step lives here, not in package analyze beside the Member it
// fills, because it needs both company and title, and they build on
// analyze. It is taken once a run, with the tie of each contact, for the
// targets and the postings of a job search alike; the contacts, each
// known on its own, are shared out among the cores, and the ranking is
// the same on any number of them.
// A referral carries the user's note of its contact (tie.Join finds it):
// the note naming the referral's target (Note.Target, resolved as targets
// are), else the note without a target. A note naming a target that the
// contact is not ranked for in the run, with tracking in it, is a warning,
// so that the tracking is not lost unsaid.
package score
