#!/usr/bin/env bash
# Build geo/basemap/water.geojson: the Yangtze (长江) and the northern neck of Poyang Lake
# (鄱阳湖) around Xunyang District, from the GSHHG full-resolution shorelines.
#
# One-time, maintainer-side step. NEVER run in CI: the output is committed.
#
# Needs these Debian packages (as root):
#   apt-get update && apt-get install -y gmt gmt-gshhg-full gdal-bin
# (gdal-bin pulls in python3-gdal, which gdal_polygonize.py needs; ogr2ogr needs GDAL's
#  SQLite/SpatiaLite driver, present in Debian's build.)
#
# Method:
#   1. gmt grdlandmask rasterises the GSHHG polygons (-Df, full resolution) over the box
#      lon 115.85–116.20, lat 29.60–29.82 at 0.0002° (~20 m), pixel registered, with
#      -N0/0/1/0/1: ocean=0 (none here), land=0, lake=1, island-in-lake=0, pond=1.
#      Here every water pixel is a GSHHG "river-lake" (level 2): the Yangtze and Poyang
#      Lake form one connected water body in GSHHG.
#   2. A 1-pixel land "cut" is burnt across the mouth of Poyang Lake (a straight line from
#      the tip of the south-bank land between river and lake to the land at the box's east
#      edge) so that polygonising separates the river from the lake. This cut is our own
#      editorial choice, not GSHHG data; it only decides which feature is river and which is
#      lake.
#   3. gdal_polygonize.py (4-connected) -> polygons; keep water (DN=1), drop slivers,
#      classify: the polygon containing the 九江长江大桥 mid-span point (116.0136, 29.7502;
#      English Wikipedia infobox, see shared geo-reference) is the river 长江; the other
#      large polygon, which runs south out of the box, is the lake 鄱阳湖 (it drains into
#      the Yangtze at 湖口, at the east edge of the box; Britannica, "Poyang Lake").
#      Anything else would get name null (none at the time of writing).
#   4. ogr2ogr -simplify 0.00012 (Douglas–Peucker, ~12 m): removes most of the 20 m pixel
#      staircase while keeping ~20 m detail, far below GSHHG's own 50–200 m accuracy
#      (0.00008 keeps the staircase: 83 KB instead of 57 KB). Vertices stay on the 0.0002°
#      grid; written with 6-decimal precision as RFC 7946 GeoJSON (WGS-84, CCW outer rings).
#
# Usage: bash scripts/geo/build-river.sh   (from the repository root)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/geo/basemap/water.geojson"

WEST=115.85
EAST=116.20
SOUTH=29.60
NORTH=29.82
STEP=0.0002
SIMPLIFY=0.00012
MIN_AREA_DEG2=0.000001 # ~0.01 km²: drop slivers smaller than this

# Points used for classification (lon lat).
RIVER_PROBE_LON=116.0136
RIVER_PROBE_LAT=29.7502
# The mouth cut (lon lat -> lon lat): south-bank land tip -> land at the east edge.
CUT='[[116.1830, 29.7450], [116.2005, 29.7200]]'

for cmd in gmt gdal_rasterize gdal_polygonize.py ogr2ogr ogrinfo; do
	command -v "$cmd" >/dev/null || {
		echo "missing $cmd: apt-get install -y gmt gmt-gshhg-full gdal-bin" >&2
		exit 1
	}
done

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP" # GMT writes a gmt.history file into the working directory

echo "GMT $(gmt --version)"
gmt coast -R$WEST/$EAST/$SOUTH/$NORTH -Df -M -W -Vi 2>&1 >/dev/null | grep -i 'GSHHG version' || true
dpkg-query -W -f='Debian package ${Package} ${Version}\n' gmt-gshhg-full 2>/dev/null || true

# 1. Water mask (float GeoTIFF so GDAL can update it in place).
gmt grdlandmask -R$WEST/$EAST/$SOUTH/$NORTH -I$STEP -r -Df -N0/0/1/0/1 \
	-G"$TMP/mask.tif=gd:GTiff"

# 2. Burn the mouth cut as land.
cat >"$TMP/cut.geojson" <<EOF
{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
"geometry":{"type":"LineString","coordinates":$CUT}}]}
EOF
gdal_rasterize -q -at -burn 0 "$TMP/cut.geojson" "$TMP/mask.tif"

# 3. Polygonise (4-connected: a diagonal-stepped cut line then separates the regions).
gdal_polygonize.py -q "$TMP/mask.tif" -b 1 -f GeoJSON "$TMP/poly.geojson" water DN

SQL="SELECT
  CASE WHEN ST_Contains(geometry, MakePoint($RIVER_PROBE_LON, $RIVER_PROBE_LAT)) THEN 'river'
       ELSE 'lake' END AS kind,
  CASE WHEN ST_Contains(geometry, MakePoint($RIVER_PROBE_LON, $RIVER_PROBE_LAT)) THEN '长江'
       WHEN MbrMinY(geometry) <= $SOUTH + $STEP AND MbrMaxX(geometry) >= $EAST - $STEP
            AND ST_Area(geometry) > 0.001 THEN '鄱阳湖'
       ELSE NULL END AS name,
  geometry
FROM water
WHERE DN = 1 AND ST_Area(geometry) >= $MIN_AREA_DEG2
ORDER BY ST_Area(geometry) DESC"

# 4. Classify, simplify, round, write.
mkdir -p "$(dirname "$OUT")"
rm -f "$OUT"
ogr2ogr -f GeoJSON "$OUT" "$TMP/poly.geojson" \
	-dialect SQLite -sql "$SQL" -nln water \
	-simplify $SIMPLIFY \
	-lco RFC7946=YES -lco COORDINATE_PRECISION=6 -lco WRITE_NAME=NO

ogrinfo -ro -al -so "$OUT" | grep -E 'Feature Count|Extent' || true
ogrinfo -ro -al -q "$OUT" | grep -E '^\s+(kind|name) ' || true
echo "wrote ${OUT#"$ROOT"/} ($(wc -c <"$OUT") bytes)"
