-- The acknowledgement rules of docs/rules.md (1-3, 5) as one plain SQL query, for comparing the app
-- with the sqlite3 command-line tool on the same file. 'AS_OF' is replaced by the date (yyyy-MM-dd).
WITH params AS (
    SELECT 'AS_OF' AS d,
           COALESCE((SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'grace_days'), 14) AS grace
),
ver AS (        -- versions, oldest first per policy (by effective date, then id)
    SELECT id, policy_id, effective_from, material,
           row_number() OVER (PARTITION BY policy_id ORDER BY effective_from, id) AS rn
    FROM policy_version
),
req AS (        -- rule 2: the newest version in effect that is material (the first always is)
    SELECT p.id AS policy_id, p.school_id AS policy_school, p.reack_months, p.grace_days AS policy_grace,
           max(ver.rn) AS req_rn
    FROM policy p JOIN ver ON ver.policy_id = p.id, params
    WHERE p.status = 'active' AND ver.effective_from <= params.d AND (ver.rn = 1 OR ver.material = 1)
    GROUP BY p.id
),
reqv AS (
    SELECT req.*, ver.effective_from AS req_from
    FROM req JOIN ver ON ver.policy_id = req.policy_id AND ver.rn = req.req_rn
),
scope AS (      -- rule 1: in post on D, in the policy's audience, and the policy trust-wide or their school's
    SELECT s.id AS staff_id, s.start_date, s.absence_from, s.absence_to, r.*,
           -- rule 3's grace: the policy's own, else the person's school's, else the file's
           COALESCE(r.policy_grace, sch.grace_days, params.grace) AS grace
    FROM reqv r
    JOIN policy_audience a ON a.policy_id = r.policy_id
    JOIN staff s ON s.category = a.category
    LEFT JOIN school sch ON sch.id = s.school_id, params
    WHERE s.start_date <= params.d AND (s.leave_date IS NULL OR s.leave_date > params.d)
      AND (r.policy_school IS NULL OR r.policy_school = s.school_id)
),
counting AS (   -- acknowledgements that count on D, with the expiry of a periodic one
    SELECT a.staff_id, v.policy_id, v.rn,
           CASE WHEN p.reack_months IS NULL THEN NULL
                WHEN strftime('%d', date(a.ack_date, '+' || p.reack_months || ' months')) = strftime('%d', a.ack_date)
                THEN date(a.ack_date, '+' || p.reack_months || ' months')
                -- Java's plusMonths keeps to the month's last day (31 Jan + 1 month = 28/29 Feb)
                ELSE date(a.ack_date, '+' || p.reack_months || ' months', 'start of month', '-1 day') END AS expiry
    FROM acknowledgement a JOIN ver v ON v.id = a.version_id JOIN policy p ON p.id = v.policy_id, params
    WHERE a.voided_at IS NULL AND a.ack_date <= params.d AND p.status = 'active'
),
ind AS (        -- a new starter's induction item for the policy sets its own due date
    SELECT pl.staff_id, i.policy_id, i.due_date,
           row_number() OVER (PARTITION BY pl.staff_id, i.policy_id ORDER BY i.position, i.id) AS rn
    FROM induction_item i JOIN induction_plan pl ON pl.id = i.plan_id
    WHERE i.kind = 'policy'
),
assessed AS (
    SELECT sc.staff_id, sc.policy_id, sc.start_date, sc.absence_from, sc.absence_to, sc.req_from, sc.grace,
           max(k.staff_id IS NOT NULL AND (k.expiry IS NULL OR k.expiry > params.d)) AS satisfied,
           max(CASE WHEN k.expiry <= params.d THEN k.expiry END) AS last_expired
    FROM scope sc
    LEFT JOIN counting k ON k.staff_id = sc.staff_id AND k.policy_id = sc.policy_id AND k.rn >= sc.req_rn, params
    GROUP BY sc.staff_id, sc.policy_id
),
figures AS (    -- rule 3: due date, overdue after it; absent people listed apart
    SELECT x.*,
           CASE WHEN ind.due_date IS NOT NULL AND x.last_expired IS NULL AND x.start_date >= x.req_from THEN ind.due_date
                ELSE date(max(x.req_from, x.start_date, COALESCE(x.last_expired, '0000-01-01')), '+' || x.grace || ' days')
           END AS due
    FROM assessed x LEFT JOIN ind ON ind.staff_id = x.staff_id AND ind.policy_id = x.policy_id AND ind.rn = 1
),
status AS (
    SELECT f.*,
           CASE WHEN f.satisfied THEN 'done'
                WHEN f.absence_from IS NOT NULL AND f.absence_from <= params.d
                     AND (f.absence_to IS NULL OR f.absence_to >= params.d) THEN 'absent'
                WHEN params.d > f.due THEN 'overdue'
                ELSE 'due' END AS status
    FROM figures f, params
)
