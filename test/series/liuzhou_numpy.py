"""An independent computation of Liuzhou's 2019 city statistics with numpy, for test/series/realdata.test.ts.

Reads examples/data/liuzhou_2019.csv.gz with the csv module; city hourly values are the mean of the six stations'
valid values; hour H of date D is hour H of D, hour 0 is hour 24 of D - 1; a day's mean needs >= 20 valid hours;
an MDA8 is the largest 8h mean (>= 6 valid hours) among windows ending at hours 8..24, the day needing >= 14 of them;
percentiles are numpy's default (linear, R type 7). Run from the repository root:

    python3 test/series/liuzhou_numpy.py

Output with numpy 2.4.6 (Python 3.11.7):
    pm25 days 348 mean 34.645426208252296 p95 77.02231280193236
    o3 days 346 p90 130.45208333333335
"""
import csv
import datetime as dt
import gzip

import numpy as np

rows = list(csv.reader(gzip.open('examples/data/liuzhou_2019.csv.gz', 'rt')))


def city_hourly(kind):
    out = {}
    for r in rows[1:]:
        if r[2] != kind:
            continue
        vals = [float(x) for x in r[3:9] if x != '']
        d = dt.date(int(r[0][:4]), int(r[0][4:6]), int(r[0][6:8]))
        h = int(r[1])
        day, hour = (d - dt.timedelta(days=1), 24) if h == 0 else (d, h)
        out[(day, hour)] = np.mean(vals) if vals else np.nan
    return out


pm = city_hourly('PM2.5')
days = {}
for (day, hour), v in pm.items():
    days.setdefault(day, []).append(v)
daily = {}
for d, vs in days.items():
    valid = [x for x in vs if not np.isnan(x)]
    if d.year == 2019 and len(valid) >= 20:
        daily[d] = np.mean(valid)
vals = np.array([daily[d] for d in sorted(daily)])
print('pm25 days', len(vals), 'mean', vals.mean(), 'p95', np.percentile(vals, 95))

o3 = city_hourly('O3')
mda8 = {}
for day in sorted({d for d, _ in o3}):
    if day.year != 2019:
        continue
    windows = []
    for end in range(8, 25):
        w = [o3.get((day, h), np.nan) for h in range(end - 7, end + 1)]
        w = [x for x in w if not np.isnan(x)]
        if len(w) >= 6:
            windows.append(np.mean(w))
    if len(windows) >= 14:
        mda8[day] = max(windows)
mv = np.array([mda8[d] for d in sorted(mda8)])
print('o3 days', len(mv), 'p90', np.percentile(mv, 90))
