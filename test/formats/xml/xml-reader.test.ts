/**
 * Reader semantics: .NET's rules on names and namespaces, Stackport's deliberate leniency on
 * member order, nil, defaults, i:type, both namespace styles, and hand-typed bodies.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SerializationException } from '../../../src/framework/errors/exceptions.js';
import { xml } from '../../../src/framework/formats/xml/index.js';
import { DateTime } from '../../../src/framework/types/date-time.js';
import { List } from '../../../src/framework/types/type-ref.js';
import {
  BaseShape, CollectionShapes, Color, ContractShape, CreateTwoFactorSmsOtpRequest, DateShapes, DerivedShape, DictionaryShapes,
  Permissions, PolymorphicHolder, ScalarShapes, Verify2FAOptInRequest,
} from '../../fixtures/oracle-dtos.js';

const REQ_NS = 'http://schemas.datacontract.org/2004/07/BusinessLayer.Dto.Request';
const SHAPES_NS = 'http://schemas.datacontract.org/2004/07/Oracle.Shapes';
const I = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';
const DCS = { xmlDeclaration: false } as const;
const XS = { serializer: 'XmlSerializer', dialect: 'aspnet' } as const;

const isSerialization = (pattern?: RegExp) => (e: unknown): boolean => {
  assert.ok(e instanceof SerializationException, `expected SerializationException, got ${String(e)}`);
  if (pattern) assert.match((e as Error).message, pattern);
  return true;
};

describe('XML reader: names and namespaces', () => {
  it('rejects a root with the wrong name, as .NET words it', () => {
    assert.throws(() => xml.parse(`<Nope xmlns="${REQ_NS}"/>`, CreateTwoFactorSmsOtpRequest, DCS),
      isSerialization(/^Expecting element 'CreateTwoFactorSmsOtpRequest' from namespace 'http:\/\/schemas\.datacontract\.org\/2004\/07\/BusinessLayer\.Dto\.Request'\.\. Encountered 'Element' {2}with name 'Nope', namespace 'http:\/\/schemas\.datacontract\.org\/2004\/07\/BusinessLayer\.Dto\.Request'\. Line 1, position 2\.$/));
  });

  it('rejects a root in a foreign namespace; none is the XmlSerializer form, read as such (issue 16 item 4)', () => {
    assert.throws(() => xml.parse('<CreateTwoFactorSmsOtpRequest xmlns="urn:x"/>', CreateTwoFactorSmsOtpRequest, DCS), isSerialization(/namespace 'urn:x'/));
    assert.equal(xml.parse<CreateTwoFactorSmsOtpRequest>('<CreateTwoFactorSmsOtpRequest><GsmNumber>1</GsmNumber></CreateTwoFactorSmsOtpRequest>', CreateTwoFactorSmsOtpRequest, DCS).GsmNumber, '1');
  });

  it('XmlSerializer documents have no namespace', () => {
    assert.throws(() => xml.parse('<Verify2FAOptInRequest xmlns="urn:x"/>', Verify2FAOptInRequest, XS), isSerialization(/<Verify2FAOptInRequest xmlns='urn:x'> was not expected/));
    assert.throws(() => xml.parse('<Other/>', Verify2FAOptInRequest, XS), isSerialization(/<Other xmlns=''> was not expected/));
  });

  it('accepts prefixed and default namespace styles alike', () => {
    const a = xml.parse<CreateTwoFactorSmsOtpRequest>(`<r:CreateTwoFactorSmsOtpRequest xmlns:r="${REQ_NS}"><r:GsmNumber>1</r:GsmNumber><r:IsSync>true</r:IsSync></r:CreateTwoFactorSmsOtpRequest>`, CreateTwoFactorSmsOtpRequest, DCS);
    assert.equal(a.GsmNumber, '1');
    assert.equal(a.IsSync, true);
  });

  it('skips a member element in another namespace, as .NET does', () => {
    const a = xml.parse<CreateTwoFactorSmsOtpRequest>(`<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><GsmNumber xmlns="urn:x">1</GsmNumber><Source>s</Source></CreateTwoFactorSmsOtpRequest>`, CreateTwoFactorSmsOtpRequest, DCS);
    assert.equal(a.GsmNumber, undefined);
    assert.equal(a.Source, 's');
  });

  it('skips unknown elements, including nested ones, and element names are case-sensitive', () => {
    const a = xml.parse<CreateTwoFactorSmsOtpRequest>(`<CreateTwoFactorSmsOtpRequest xmlns="${REQ_NS}"><Extra><Deep><Deeper/></Deep></Extra><gsmnumber>x</gsmnumber><Source>s</Source></CreateTwoFactorSmsOtpRequest>`, CreateTwoFactorSmsOtpRequest, DCS);
    assert.equal(a.GsmNumber, undefined);
    assert.equal(a.Source, 's');
  });
});

describe('XML reader: member order (deliberately lenient)', () => {
  it('reads members in any order (DataContractSerializer would drop the out-of-order ones)', () => {
    const body = `<CreateTwoFactorSmsOtpRequest ${I} xmlns="${REQ_NS}"><UserId>3698b76f-a5c0-4b04-b579-bc084019fb95</UserId><TwoFactorConfigurationId>3</TwoFactorConfigurationId><GsmNumber>g</GsmNumber><Source>s</Source><IsSync>true</IsSync></CreateTwoFactorSmsOtpRequest>`;
    const a = xml.parse<CreateTwoFactorSmsOtpRequest>(body, CreateTwoFactorSmsOtpRequest, DCS);
    assert.deepEqual({ ...a }, {
      UserId: '3698b76f-a5c0-4b04-b579-bc084019fb95', GsmNumber: 'g', TwoFactorConfigurationId: 3, MaxSMSCount: 0,
      MaxSMSInterval: 0, OtpExpirationPeriod: 0, IsSync: true, Source: 's',
    });
  });

  it('XmlSerializer reads any order too', () => {
    const a = xml.parse<Verify2FAOptInRequest>('<Verify2FAOptInRequest><Otp>o</Otp><ProviderUserId>5</ProviderUserId></Verify2FAOptInRequest>', Verify2FAOptInRequest, XS);
    assert.deepEqual({ ...a }, { ProviderUserId: 5, Otp: 'o' });
  });
});

describe('XML reader: values', () => {
  it('fills .NET defaults for absent value types and leaves references null', () => {
    const a = xml.parse<ScalarShapes>(`<ScalarShapes xmlns="${SHAPES_NS}"/>`, ScalarShapes, DCS);
    assert.equal(a.Id, '00000000-0000-0000-0000-000000000000');
    assert.equal(a.Flag, false);
    assert.equal(a.Ch, '\0');
    assert.equal(String(a.Dec), '0');
    assert.equal(a.Color, Color.Red);
    assert.equal(a.Text, undefined);
    assert.equal(xml.parse<DateShapes>(`<DateShapes xmlns="${SHAPES_NS}"/>`, DateShapes, DCS).MinValue!.getTime(), DateTime.minValue.getTime());
  });

  it('reads nil as null, and nil on a value type as its default', () => {
    const a = xml.parse<ScalarShapes>(`<ScalarShapes ${I} xmlns="${SHAPES_NS}"><Text i:nil="true"/><Byte i:nil="1"/></ScalarShapes>`, ScalarShapes, DCS);
    assert.equal(a.Text, null);
    assert.equal(a.Byte, 0);
  });

  it('reads an empty string element as "" and keeps whitespace, CDATA, entities and character references', () => {
    const a = xml.parse<ScalarShapes>(`<ScalarShapes xmlns="${SHAPES_NS}"><Empty/><Whitespace>  a  </Whitespace><Text>&lt;&amp;&gt;&quot;&apos;&#65;&#x1F600;<![CDATA[<raw>&amp;]]><!-- c -->z</Text></ScalarShapes>`, ScalarShapes, DCS);
    assert.equal(a.Empty, '');
    assert.equal(a.Whitespace, '  a  ');
    assert.equal(a.Text, `<&>"'A\u{1F600}<raw>&amp;z`);
  });

  it('normalizes line ends in text as XML requires', () => {
    const a = xml.parse<ScalarShapes>(`<ScalarShapes xmlns="${SHAPES_NS}"><Text>a\r\nb\rc</Text></ScalarShapes>`, ScalarShapes, DCS);
    assert.equal(a.Text, 'a\nb\nc');
  });

  it('reads numbers with surrounding whitespace, big longs as bigint, INF and flags', () => {
    const a = xml.parse<ScalarShapes>(`<ScalarShapes xmlns="${SHAPES_NS}"><LongMax> 9223372036854775807 </LongMax><Short>-5</Short><DblInf>-INF</DblInf><Perms>Read  Delete</Perms><Color>Blue</Color></ScalarShapes>`, ScalarShapes, DCS);
    assert.equal(a.LongMax, 9223372036854775807n);
    assert.equal(a.Short, -5);
    assert.equal(a.DblInf, -Infinity);
    assert.equal(a.Perms, Permissions.Read | Permissions.Delete);
    assert.equal(a.Color, Color.Blue);
  });

  it('rejects values that do not parse, and out-of-range integers', () => {
    for (const [el, text] of [['Byte', '256'], ['Short', 'x'], ['Flag', 'yes'], ['Id', 'not-a-guid'], ['Color', 'Purple'], ['Color', 'Red Blue'], ['Dec', '1e5x'], ['Bytes', '@@@']]) {
      assert.throws(() => xml.parse(`<ScalarShapes xmlns="${SHAPES_NS}"><${el}>${text}</${el}></ScalarShapes>`, ScalarShapes, DCS), isSerialization(), `${el}=${text}`);
    }
  });

  it('rejects child elements where simple content is expected, and text where elements are expected', () => {
    assert.throws(() => xml.parse(`<ScalarShapes xmlns="${SHAPES_NS}"><Text><b/></Text></ScalarShapes>`, ScalarShapes, DCS), isSerialization(/simple content/));
    assert.throws(() => xml.parse(`<ScalarShapes xmlns="${SHAPES_NS}">text<Text/></ScalarShapes>`, ScalarShapes, DCS), isSerialization(/found text/));
  });

  it('reads DateTime kinds and DateTimeOffset', () => {
    const a = xml.parse<DateShapes>(`<DateShapes xmlns="${SHAPES_NS}"><Local>2024-07-02T03:04:05+03:00</Local><Utc>2024-01-02T03:04:05.1234567Z</Utc>` +
      `<Offset xmlns:d2p1="http://schemas.datacontract.org/2004/07/System"><d2p1:DateTime>2024-01-02T00:04:05.25Z</d2p1:DateTime><d2p1:OffsetMinutes>180</d2p1:OffsetMinutes></Offset></DateShapes>`, DateShapes, { ...DCS, timeZone: 'Europe/Istanbul' });
    assert.equal(a.Local!.kind, 'Local');
    assert.equal(a.Local!.toISOString(), '2024-07-02T00:04:05.000Z');
    assert.deepEqual([a.Utc!.kind, a.Utc!.toISOString(), a.Utc!.subMsTicks], ['Utc', '2024-01-02T03:04:05.123Z', 4567]);
    assert.deepEqual([a.Offset!.toISOString(), a.Offset!.offsetMinutes], ['2024-01-02T00:04:05.250Z', 180]);
  });

  it('reads i:type as the registered subclass, and refuses unknown or unrelated types', () => {
    const h = xml.parse<PolymorphicHolder>(`<PolymorphicHolder ${I} xmlns="${SHAPES_NS}"><Actual i:type="DerivedShape"><Alpha>a</Alpha></Actual><Mixed><BaseShape i:type="DerivedShape"/></Mixed></PolymorphicHolder>`, PolymorphicHolder, DCS);
    assert.ok(h.Actual instanceof DerivedShape);
    assert.equal((h.Actual as DerivedShape).Alpha, 'a');
    assert.ok(h.Mixed![0] instanceof DerivedShape);
    assert.throws(() => xml.parse(`<PolymorphicHolder ${I} xmlns="${SHAPES_NS}"><Actual i:type="Nope"/></PolymorphicHolder>`, PolymorphicHolder, DCS),
      isSerialization(/contains data of the 'http:\/\/schemas\.datacontract\.org\/2004\/07\/Oracle\.Shapes:Nope' data contract/));
    assert.throws(() => xml.parse(`<PolymorphicHolder ${I} xmlns="${SHAPES_NS}"><Actual i:type="Poco"/></PolymorphicHolder>`, PolymorphicHolder, DCS), isSerialization());
    const x = xml.parse<PolymorphicHolder>('<PolymorphicHolder xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Actual xsi:type="DerivedShape"><Extra>2</Extra></Actual></PolymorphicHolder>', PolymorphicHolder, XS);
    assert.ok(x.Actual instanceof DerivedShape);
    assert.ok(!(xml.parse(`<BaseShape xmlns="${SHAPES_NS}"/>`, BaseShape, DCS) instanceof DerivedShape));
  });

  it('insists on DataContract item names inside collections', () => {
    assert.throws(() => xml.parse(`<CollectionShapes xmlns="${SHAPES_NS}"><Strings><string>a</string></Strings></CollectionShapes>`, CollectionShapes, DCS),
      isSerialization(/Expecting element 'string' from namespace 'http:\/\/schemas\.microsoft\.com\/2003\/10\/Serialization\/Arrays'/));
    const ok = xml.parse<CollectionShapes>(`<CollectionShapes xmlns="${SHAPES_NS}"><Strings xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><a:string>a</a:string></Strings></CollectionShapes>`, CollectionShapes, DCS);
    assert.deepEqual(ok.Strings, ['a']);
  });

  it('reports a missing [DataMember(IsRequired = true)]', () => {
    assert.throws(() => xml.parse('<Contract xmlns="http://example.org/oracle"><First>1</First></Contract>', ContractShape, DCS), isSerialization(/Expecting element 'Required'/));
    assert.equal(xml.parse<ContractShape>('<Contract xmlns="http://example.org/oracle"><Required>r</Required><renamed_member>o</renamed_member></Contract>', ContractShape, DCS).Original, 'o');
  });

  it('reads root lists and primitives', () => {
    assert.deepEqual(xml.parse('<ArrayOfstring xmlns="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><string>a</string></ArrayOfstring>', 'List<string>', DCS), ['a']);
    assert.equal(xml.parse('<int xmlns="http://schemas.microsoft.com/2003/10/Serialization/">7</int>', 'int', DCS), 7);
    assert.equal(xml.parse('<int>7</int>', 'int', XS), 7);
    assert.equal(xml.parse(`<ArrayOfColor xmlns="${SHAPES_NS}"><Color>Green</Color></ArrayOfColor>`, List(Color), DCS)!.toString(), '1');
  });
});

describe('XML reader: prototype safety', () => {
  it('never touches prototypes for __proto__ / constructor elements or dictionary keys', () => {
    const a = xml.parse<ScalarShapes>(`<ScalarShapes xmlns="${SHAPES_NS}"><__proto__><polluted>1</polluted></__proto__><constructor>x</constructor><Text>t</Text></ScalarShapes>`, ScalarShapes, DCS);
    assert.equal(a.Text, 't');
    assert.equal(Object.getPrototypeOf(a), ScalarShapes.prototype);
    assert.equal(a.constructor, ScalarShapes);
    const A = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';
    const d = xml.parse<DictionaryShapes>(`<DictionaryShapes xmlns="${SHAPES_NS}"><Map xmlns:a="${A}"><a:KeyValueOfstringstring><a:Key>__proto__</a:Key><a:Value>p</a:Value></a:KeyValueOfstringstring><a:KeyValueOfstringstring><a:Key>constructor</a:Key><a:Value>c</a:Value></a:KeyValueOfstringstring></Map></DictionaryShapes>`, DictionaryShapes, DCS);
    assert.equal(Object.getPrototypeOf(d.Map), null);
    assert.deepEqual(Object.keys(d.Map!), ['__proto__', 'constructor']);
    assert.equal(d.Map!.__proto__ as unknown, 'p');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
