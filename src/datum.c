/*-------------------------------------------------------------------------
 *
 * datum.c
 *	  Building column values directly, without text round trips.
 *
 * Money is carried as int64 paise and becomes numeric with scale 2 through
 * int64_div_fast_to_numeric, which is exactly what numeric(12,2) stores.
 * Every allocation lands in the caller's current memory context, which the
 * sinks reset after each batch.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/inet.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "commerce_seed.h"
#include "compat.h"

Datum
cs_money(int64 paise)
{
	return NumericGetDatum(int64_div_fast_to_numeric(paise, 2));
}

Datum
cs_numeric2(int64 hundredths)
{
	return NumericGetDatum(int64_div_fast_to_numeric(hundredths, 2));
}

Datum
cs_text(const char *s)
{
	return PointerGetDatum(cstring_to_text(s));
}

Datum
cs_textf(const char *fmt,...)
{
	char		buf[512];
	va_list		args;
	int			len;

	va_start(args, fmt);
	len = vsnprintf(buf, sizeof(buf), fmt, args);
	va_end(args);
	if (len < 0 || len >= (int) sizeof(buf))
		elog(ERROR, "generated text too long for buffer");
	return PointerGetDatum(cstring_to_text_with_len(buf, len));
}

Datum
cs_enum(const GenCtx *g, CsEnum e, int label)
{
	Assert(g->enums_loaded);
	Assert(label >= 0 && label < CS_MAX_ENUM_LABELS);
	Assert(OidIsValid(g->enum_oid[e][label]));
	return ObjectIdGetDatum(g->enum_oid[e][label]);
}

Datum
cs_inet(const char *s)
{
	return DirectFunctionCall1(inet_in, CStringGetDatum(s));
}

/*
 * The same day of the year n calendar years earlier (n < 0: later), as
 * date - interval 'n years' computes it: 29 February becomes 28 February in a
 * common year.  A fixed number of days is not a year: 365 days before a date
 * after a 29 February lands a day late.
 */
DateADT
cs_years_before(DateADT d, int n)
{
	int			year,
				month,
				mday;

	j2date(d + POSTGRES_EPOCH_JDATE, &year, &month, &mday);
	year -= n;
	mday = Min(mday, day_tab[isleap(year)][month - 1]);
	return date2j(year, month, mday) - POSTGRES_EPOCH_JDATE;
}

/* The calendar day in India of an instant. */
DateADT
cs_date_of(TimestampTz t)
{
	return (DateADT) cs_floor_div(t + IST_OFFSET, US_DAY);
}

void
cs_json_str(CsJson *j, const char *key, const char *val)
{
	Assert(j->n < 8);
	j->keys[j->n] = key;
	j->kinds[j->n] = 0;
	j->strs[j->n] = val;
	j->n++;
}

void
cs_json_int(CsJson *j, const char *key, int64 val)
{
	Assert(j->n < 8);
	j->keys[j->n] = key;
	j->kinds[j->n] = 1;
	j->ints[j->n] = val;
	j->n++;
}

void
cs_json_money(CsJson *j, const char *key, int64 paise)
{
	Assert(j->n < 8);
	j->keys[j->n] = key;
	j->kinds[j->n] = 2;
	j->ints[j->n] = paise;
	j->n++;
}

void
cs_json_bool(CsJson *j, const char *key, bool val)
{
	Assert(j->n < 8);
	j->keys[j->n] = key;
	j->kinds[j->n] = 3;
	j->ints[j->n] = val;
	j->n++;
}

static void
push_string(CsJsonbState *state, JsonbIteratorToken tok, const char *s)
{
	JsonbValue	v;

	v.type = jbvString;
	v.val.string.val = (char *) s;
	v.val.string.len = strlen(s);
	cs_jsonb_push(state, tok, &v);
}

/* A flat JSON object, built as a JsonbValue tree (no jsonb_in parsing). */
Datum
cs_json_datum(CsJson *j)
{
	CsJsonbState state = {0};
	int			i;

	cs_jsonb_push(&state, WJB_BEGIN_OBJECT, NULL);
	for (i = 0; i < j->n; i++)
	{
		JsonbValue	v;

		push_string(&state, WJB_KEY, j->keys[i]);
		switch (j->kinds[i])
		{
			case 0:
				push_string(&state, WJB_VALUE, j->strs[i]);
				continue;
			case 1:
				v.type = jbvNumeric;
				v.val.numeric = int64_to_numeric(j->ints[i]);
				break;
			case 2:
				v.type = jbvNumeric;
				v.val.numeric = int64_div_fast_to_numeric(j->ints[i], 2);
				break;
			default:
				v.type = jbvBool;
				v.val.boolean = j->ints[i] != 0;
				break;
		}
		cs_jsonb_push(&state, WJB_VALUE, &v);
	}
	cs_jsonb_push(&state, WJB_END_OBJECT, NULL);
	return PointerGetDatum(JsonbValueToJsonb(cs_jsonb_result(&state)));
}
