/*
 * Turns Natural Earth's country shapes (the world-atlas package's countries-50m.json, TopoJSON)
 * into the compact resource the application draws its maps from: per ISO 3166-1 alpha-2 code
 * the country's rings projected with the Equal Earth projection (d3-geo) onto a plane 1000 units
 * wide (d3-geo, which cuts them at the antimeridian), at three levels of detail simplified together along shared borders (topojson-simplify,
 * so neighbours still meet exactly), as integers in hundredths of a unit, each ring's points
 * after the first as differences from the one before. The numeric ids of world-atlas are ISO
 * 3166-1 numeric codes; the i18n-iso-countries package maps them to alpha-2. Antarctica is left out.
 *
 * Usage: node world-map.mjs <output file>   (run where the packages are installed)
 */
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {feature} from 'topojson-client';
import {presimplify, simplify, sphericalTriangleArea} from 'topojson-simplify';
import {geoEqualEarth, geoPath} from 'd3-geo';

const require = createRequire(import.meta.url);
const WIDTH = 1000;
const SCALE = 100;
const ANTARCTICA = '010';
/** Each level: the smallest detail it keeps, in degrees (Visvalingam area of about this square). */
const LEVELS = [{name: 'world', degrees: 0.36}, {name: 'continent', degrees: 0.12}, {name: 'detail', degrees: 0.03}];

const output = process.argv[2];
const atlasFile = require.resolve('world-atlas/countries-50m.json');
const atlas = JSON.parse(fs.readFileSync(atlasFile, 'utf8'));
const codes = JSON.parse(fs.readFileSync(require.resolve('i18n-iso-countries/codes.json'), 'utf8'));
const alpha2 = new Map(codes.map(([two, , numeric]) => [numeric, two]));

const presimplified = presimplify(atlas, sphericalTriangleArea);
const land = topology => feature(topology, topology.objects.countries).features.filter(f => f.id !== ANTARCTICA);
const projection = geoEqualEarth().precision(0).fitWidth(WIDTH, {type: 'FeatureCollection', features: land(atlas)});

/**
 * A feature's rings, projected; d3-geo cuts rings that cross the antimeridian (Russia's Chukotka,
 * Fiji) at its edge. Adaptive resampling is off, so a border shared by two countries gets the same
 * points in both, and their outline together can leave it out.
 */
function rings(geometry) {
    if (!geometry) {
        return [];
    }
    const result = [];
    let points = null;
    const add = (x, y) => {
        const qx = Math.round(x * SCALE);
        const qy = Math.round(y * SCALE);
        if (points.length === 0 || points[points.length - 2] !== qx || points[points.length - 1] !== qy) {
            points.push(qx, qy);
        }
    };
    geoPath(projection, {
        moveTo(x, y) {
            points = [];
            result.push(points);
            add(x, y);
        },
        lineTo: add,
        closePath() {
            if (points.length >= 2 && (points[0] !== points[points.length - 2] || points[1] !== points[points.length - 1])) {
                points.push(points[0], points[1]);
            }
        },
        arc() {
        }
    })(geometry);
    return result.filter(ring => ring.length >= 8);
}

function signedArea(ring) {
    let area = 0;
    for (let i = 0; i < ring.length; i += 2) {
        const j = (i + 2) % ring.length;
        area += ring[i] * ring[j + 1] - ring[j] * ring[i + 1];
    }
    return area / 2;
}

function box(ringList) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of ringList) {
        for (let i = 0; i < ring.length; i += 2) {
            x0 = Math.min(x0, ring[i]);
            x1 = Math.max(x1, ring[i]);
            y0 = Math.min(y0, ring[i + 1]);
            y1 = Math.max(y1, ring[i + 1]);
        }
    }
    return [x0, y0, x1, y1];
}

/** The area-weighted centre of a ring: where the country's figure is written. */
function centroid(ring) {
    let cx = 0, cy = 0, twice = 0;
    for (let i = 0; i < ring.length; i += 2) {
        const j = (i + 2) % ring.length;
        const cross = ring[i] * ring[j + 1] - ring[j] * ring[i + 1];
        twice += cross;
        cx += (ring[i] + ring[j]) * cross;
        cy += (ring[i + 1] + ring[j + 1]) * cross;
    }
    return twice === 0 ? [ring[0], ring[1]] : [Math.round(cx / (3 * twice)), Math.round(cy / (3 * twice))];
}

/** Small islands of a country vanish at coarse levels; its largest ring and every hole stay. */
function keepVisible(ringList, degrees) {
    if (ringList.length === 0) {
        return ringList;
    }
    const areas = ringList.map(signedArea);
    const largest = areas.reduce((best, area, i) => Math.abs(area) > Math.abs(areas[best]) ? i : best, 0);
    const unit = WIDTH / 360 * degrees * SCALE;
    const minimum = unit * unit * 2;
    return ringList.filter((ring, i) => i === largest || Math.sign(areas[i]) !== Math.sign(areas[largest])
        || Math.abs(areas[i]) >= minimum);
}

function deltas(ring) {
    const encoded = [ring[0], ring[1]];
    for (let i = 2; i < ring.length; i += 2) {
        encoded.push(ring[i] - ring[i - 2], ring[i + 1] - ring[i - 1]);
    }
    return encoded;
}

const countries = new Map();
const full = land(atlas);
for (const f of full) {
    const key = f.id === undefined ? 'unnamed:' + f.properties.name : f.id;
    const entry = countries.get(key) ?? {code: f.id === undefined ? null : alpha2.get(f.id) ?? null, exact: [], levels: LEVELS.map(() => [])};
    entry.exact.push(...rings(f.geometry));
    countries.set(key, entry);
}
LEVELS.forEach((level, index) => {
    const minWeight = (level.degrees * Math.PI / 180) ** 2;
    const simplified = simplify(structuredClone(presimplified), minWeight);
    for (const f of land(simplified)) {
        const key = f.id === undefined ? 'unnamed:' + f.properties.name : f.id;
        countries.get(key).levels[index].push(...rings(f.geometry));
    }
    for (const entry of countries.values()) {
        entry.levels[index] = keepVisible(entry.levels[index], level.degrees);
    }
});

const [, , , height] = box([...countries.values()].flatMap(entry => entry.exact));
const result = {
    source: 'Natural Earth 1:50m Admin 0 countries (public domain), world-atlas '
        + require('world-atlas/package.json').version + ' countries-50m.json',
    projection: 'Equal Earth',
    width: WIDTH * SCALE,
    height,
    scale: SCALE,
    levels: LEVELS.map(level => level.name),
    countries: [...countries.values()]
        .filter(entry => entry.exact.length > 0)
        .sort((a, b) => (a.code ?? '~').localeCompare(b.code ?? '~'))
        .map(entry => {
            const areas = entry.exact.map(ring => Math.abs(signedArea(ring)));
            const main = entry.exact[areas.indexOf(Math.max(...areas))];
            return {
                code: entry.code,
                box: box(entry.exact),
                main: box([main]),
                label: centroid(main),
                levels: entry.levels.map(level => level.map(deltas))
            };
        })
};
fs.mkdirSync(path.dirname(output), {recursive: true});
fs.writeFileSync(output, JSON.stringify(result));
const points = result.countries.map(c => c.levels.map(l => l.reduce((n, r) => n + r.length / 2, 0)));
console.log(`world map: ${result.countries.length} countries, points per level `
    + LEVELS.map((level, i) => level.name + ' ' + points.reduce((n, p) => n + p[i], 0)).join(', ')
    + `, ${fs.statSync(output).size} bytes in ${output}`);
