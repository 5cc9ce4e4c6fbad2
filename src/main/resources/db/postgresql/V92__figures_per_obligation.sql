-- Issue #17: a governor's figures follow store.ObligationsSql's new text (a periodic policy's one cut-off date,
-- SqlDialect.expiredUpTo, instead of an expiry worked out per acknowledgement). The same counts as V90's function;
-- CREATE OR REPLACE keeps its owner and its grants (EXECUTE to the trust admins and governors only).
CREATE OR REPLACE FUNCTION tracker_governor_figures(as_of TEXT) RETURNS TABLE (school_id BIGINT, policy_id BIGINT,
    category TEXT, in_scope BIGINT, done BIGINT, outstanding BIGINT, overdue BIGINT, absent BIGINT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
WITH params AS (
    SELECT CAST($1 AS TEXT) AS d, (SELECT CAST(value AS INTEGER) FROM setting WHERE key = 'grace_days') AS grace
),
ver AS (        -- versions, oldest first per policy (by effective date, then id)
    SELECT id, policy_id, effective_from, material,
           row_number() OVER (PARTITION BY policy_id ORDER BY effective_from, id) AS rn
    FROM policy_version
),
req AS (        -- rule 2: the newest version in effect that is a material change (the first always is)
    SELECT p.id AS policy_id, p.school_id AS policy_school, p.reack_months, p.grace_days AS policy_grace,
           max(ver.rn) AS req_rn
    FROM policy p JOIN ver ON ver.policy_id = p.id CROSS JOIN params
    WHERE p.status = 'active' AND ver.effective_from <= params.d AND (ver.rn = 1 OR ver.material = 1)
          
    GROUP BY p.id, p.school_id, p.reack_months, p.grace_days
),
reqv AS (       -- with a periodic policy's cut-off: an acknowledgement dated after it is still current on D
    SELECT req.*, ver.id AS req_version_id, ver.effective_from AS req_from,
           CASE WHEN req.reack_months IS NULL THEN NULL ELSE CASE WHEN to_char(date_trunc('month', CAST(params.d AS DATE)) + INTERVAL '1 month' - INTERVAL '1 day', 'YYYY-MM-DD') = params.d THEN to_char(date_trunc('month', CAST(to_char(CAST(params.d AS DATE) - CAST(req.reack_months AS INTEGER) * INTERVAL '1 month', 'YYYY-MM-DD') AS DATE)) + INTERVAL '1 month' - INTERVAL '1 day', 'YYYY-MM-DD') ELSE to_char(CAST(params.d AS DATE) - CAST(req.reack_months AS INTEGER) * INTERVAL '1 month', 'YYYY-MM-DD') END END AS current_after
    FROM req JOIN ver ON ver.policy_id = req.policy_id AND ver.rn = req.req_rn CROSS JOIN params
),
scope AS (      -- rule 1: in post on D, in the audience, the policy trust-wide or their school's
    SELECT s.id AS staff_id, s.category, s.school_id, s.start_date, s.absence_from, s.absence_to,
           r.policy_id, r.req_rn, r.req_version_id, r.req_from, r.reack_months,
           COALESCE(r.policy_grace, sch.grace_days, params.grace) AS grace
    FROM reqv r
    JOIN policy_audience a ON a.policy_id = r.policy_id
    JOIN staff s ON s.category = a.category
    LEFT JOIN school sch ON sch.id = s.school_id
    CROSS JOIN params
    WHERE s.start_date <= params.d AND (s.leave_date IS NULL OR s.leave_date > params.d)
      AND (r.policy_school IS NULL OR r.policy_school = s.school_id)
      
),
okv AS (        -- the versions that satisfy each policy's required version: it or any later one
    SELECT r.policy_id, r.current_after, v.id AS version_id
    FROM reqv r JOIN ver v ON v.policy_id = r.policy_id AND v.rn >= r.req_rn
),
counting AS (   -- acknowledgements that count on D (not void, not after D), with their policy's cut-off
    SELECT a.staff_id, o.policy_id, a.id AS ack_id, a.ack_date, o.current_after
    FROM acknowledgement a
    JOIN okv o ON o.version_id = a.version_id
    CROSS JOIN params
    WHERE a.voided_at IS NULL AND a.ack_date <= params.d
          
),
best AS (       -- a still-current one satisfies; the newest expired one's expiry moves the due date
    SELECT staff_id, policy_id,
           max(CASE WHEN current_after IS NULL OR ack_date > current_after THEN 1 ELSE 0 END) AS satisfied,
           max(CASE WHEN ack_date <= current_after THEN ack_date END) AS last_expired_ack
    FROM counting
    GROUP BY staff_id, policy_id
),
pick AS (       -- the satisfying one: the newest still current (the first recorded of a day)
    SELECT staff_id, policy_id, ack_id,
           row_number() OVER (PARTITION BY staff_id, policy_id ORDER BY ack_date DESC, ack_id) AS rn
    FROM counting
    WHERE current_after IS NULL OR ack_date > current_after
),
ind AS (        -- a new starter's induction item for the policy sets its own due date
    SELECT pl.staff_id, i.policy_id, i.due_date,
           row_number() OVER (PARTITION BY pl.staff_id, i.policy_id ORDER BY i.position, i.id) AS rn
    FROM induction_item i JOIN induction_plan pl ON pl.id = i.plan_id
    WHERE i.kind = 'policy'
),
due AS (        -- rule 3
    SELECT sc.*, COALESCE(b.satisfied, 0) AS satisfied, NULL AS ack_id,
           CASE WHEN ind.due_date IS NOT NULL AND b.last_expired_ack IS NULL AND sc.start_date >= sc.req_from
                THEN ind.due_date
                ELSE to_char(CAST(CASE WHEN (CASE WHEN (sc.req_from) IS NULL OR (sc.start_date) IS NULL THEN NULL ELSE GREATEST(sc.req_from, sc.start_date) END) IS NULL OR (COALESCE(to_char(CAST(b.last_expired_ack AS DATE) + CAST(sc.reack_months AS INTEGER) * INTERVAL '1 month', 'YYYY-MM-DD'), sc.req_from)) IS NULL THEN NULL ELSE GREATEST(CASE WHEN (sc.req_from) IS NULL OR (sc.start_date) IS NULL THEN NULL ELSE GREATEST(sc.req_from, sc.start_date) END, COALESCE(to_char(CAST(b.last_expired_ack AS DATE) + CAST(sc.reack_months AS INTEGER) * INTERVAL '1 month', 'YYYY-MM-DD'), sc.req_from)) END AS DATE) + CAST(sc.grace AS INTEGER), 'YYYY-MM-DD') END AS due
    FROM scope sc
    LEFT JOIN best b ON b.staff_id = sc.staff_id AND b.policy_id = sc.policy_id
    
    LEFT JOIN ind ON ind.staff_id = sc.staff_id AND ind.policy_id = sc.policy_id AND ind.rn = 1
),
obligation AS ( -- absent people are listed apart; overdue only after the due date
    SELECT du.staff_id, du.policy_id, du.category, du.school_id, du.req_version_id, du.due, du.ack_id,
           CASE WHEN du.satisfied = 1 THEN 'S'
                WHEN du.absence_from IS NOT NULL AND du.absence_from <= params.d
                     AND (du.absence_to IS NULL OR du.absence_to >= params.d) THEN 'A'
                WHEN params.d > du.due THEN 'O'
                ELSE 'D' END AS status
    FROM due du CROSS JOIN params
)SELECT o.school_id, o.policy_id, CAST(o.category AS TEXT),
       sum(CASE WHEN o.status <> 'A' THEN 1 ELSE 0 END), sum(CASE WHEN o.status = 'S' THEN 1 ELSE 0 END),
       sum(CASE WHEN o.status IN ('D', 'O') THEN 1 ELSE 0 END), sum(CASE WHEN o.status = 'O' THEN 1 ELSE 0 END),
       sum(CASE WHEN o.status = 'A' THEN 1 ELSE 0 END)
FROM obligation o
WHERE tracker_governs(o.school_id)
GROUP BY o.school_id, o.policy_id, o.category
$$;
