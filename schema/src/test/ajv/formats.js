// Teaches ajv the formats of the policyset schemas (ajv's strict mode refuses an unknown format):
// "partial-date" (versions 1 and 2) and "edtf-date" and "edtf-interval" (version 2). Each schema's
// "pattern" already checks its strings, calendar included; the formats use those same expressions,
// so they assert nothing more.
//   ajv validate --spec=draft2020 -c ajv-formats -c ./formats.js -s SCHEMA -d FILE
"use strict";
const path = require("path");
const schema = require(path.join(__dirname,
    "../../main/resources/org/policyset/schema/2/dataset.schema.json"));

module.exports = (ajv) => {
  ajv.addFormat("partial-date", new RegExp(schema.$defs.partialDate.pattern, "u"));
  ajv.addFormat("edtf-date", new RegExp(schema.$defs.edtfDate.pattern, "u"));
  ajv.addFormat("edtf-interval", new RegExp(schema.$defs.edtfInterval.pattern, "u"));
};
