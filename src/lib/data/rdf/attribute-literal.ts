// An imported attribute's value as a typed literal: xsd:integer, xsd:double, xsd:boolean or text, and RDF's JSON
// datatype for what none of them holds (lists, objects, null), so every value reads back as it was.
import { isNumberType, type AttributeType } from '../../graph/attribute-schema.ts';
import { boolean, double, integer, RDF_JSON, text, type Literal } from './terms.ts';

/** The literal for `value`, typed as its declared column type where the value fits it; undefined is not written. */
export function attributeLiteral(value: unknown, declared?: AttributeType): Literal | undefined {
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'string':
      return text(value);
    case 'boolean':
      return boolean(value);
    case 'number': {
      const wholeColumn =
        declared === undefined || declared === 'integer' || declared === 'long' || !isNumberType(declared);
      return Number.isSafeInteger(value) && !Object.is(value, -0) && wholeColumn ? integer(value) : double(value);
    }
    default:
      return { type: 'literal', value: JSON.stringify(value) ?? 'null', datatype: RDF_JSON };
  }
}
