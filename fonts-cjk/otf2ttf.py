import sys, time
from fontTools.ttLib import TTCollection, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
src, index, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
t0=time.time()
coll = TTCollection(src, lazy=True)
font = coll.fonts[index]
print(font['name'].getDebugName(4), len(font.getGlyphOrder()))
order = font.getGlyphOrder()
gs = font.getGlyphSet()
glyf = newTable('glyf'); glyf.glyphOrder = order; glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(gs)
    gs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf.glyphs[name] = pen.glyph()
font['loca'] = newTable('loca'); font['glyf'] = glyf
del font['CFF ']
if 'VORG' in font: del font['VORG']
font['maxp'] = newTable('maxp'); font['maxp'].tableVersion = 0x00010000
for a in ('maxZones','maxTwilightPoints','maxStorage','maxFunctionDefs','maxInstructionDefs','maxStackElements','maxSizeOfInstructions','maxComponentElements'):
    setattr(font['maxp'], a, 0)
font['maxp'].maxZones = 1
font['head'].indexToLocFormat = 1
font['head'].glyphDataFormat = 0
font['post'].formatType = 3.0
font.sfntVersion = "\x00\x01\x00\x00"
font.save(out)
print('done', time.time()-t0)
