// Teaches ajv the "partial-date" format of the policyset schemas (ajv's strict mode refuses an
// unknown format). The schemas' "pattern" already checks partial dates, calendar included; the
// format uses that same expression, so it asserts nothing more.
//   ajv validate --spec=draft2020 -c ajv-formats -c ./partial-date-format.js -s SCHEMA -d FILE
"use strict";
const path = require("path");
const schema = require(path.join(__dirname,
    "../../main/resources/org/policyset/schema/1/dataset.schema.json"));
const pattern = new RegExp(schema.$defs.partialDate.pattern, "u");

module.exports = (ajv) => ajv.addFormat("partial-date", pattern);
