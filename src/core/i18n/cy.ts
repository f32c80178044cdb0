/**
 * The kit's words in Welsh (Cymraeg). NEEDS REVIEW BY A WELSH SPEAKER: written for the kit, not yet checked by
 * one (README, Languages). Each grade says where its Welsh comes from: the inspectorate's own published term
 * where there is one (CIW publishes bilingually), else "kit's own wording".
 *
 * Mutations: a number or a name from the data never follows a word that would mutate it. Counts are written
 * `{count} o …` (the fixed noun after `o` is mutated in the catalogue) or as `word: {count}`; names and dates
 * follow a colon (`Perchennog: {owner}`) or stand first. Plurals give all six categories `Intl.PluralRules('cy')`
 * uses: zero (0), one (1), two (2), few (3), many (6), other (4, 5, 7 and up); the noun after the number is
 * as said (`2 broblem`, `3 problem`, `6 phroblem`), and `{count} o …` for other.
 */
import type { Catalogue } from './index.js';
import type { FullPlural } from './types.js';

export const CY: Catalogue<FullPlural> = {
  'state.loading': 'Wrthi’n llwytho…',
  'state.empty': 'Does dim i’w ddangos: does dim cofnodion yn y data.',
  'state.noData': 'Dim data: rhowch src, priodwedd data, data yn y dudalen neu dabl i’r teclyn hwn.',
  'problems.notLoaded': 'Nid oedd modd llwytho’r data',
  'problems.stillNotLoaded': 'Nid oedd modd llwytho’r data o hyd',
  'problems.notShown': {
    zero: 'Nid oedd modd dangos y data: does dim problemau',
    one: 'Nid oedd modd dangos y data: mae 1 broblem',
    two: 'Nid oedd modd dangos y data: mae 2 broblem',
    few: 'Nid oedd modd dangos y data: mae 3 problem',
    many: 'Nid oedd modd dangos y data: mae 6 phroblem',
    other: 'Nid oedd modd dangos y data: mae {count} o broblemau',
  },
  'problems.settings': {
    zero: 'Does dim gosodiadau annilys',
    one: 'Mae 1 gosodiad yn y tag hwn yn annilys, felly defnyddir y rhagosodiad; dangosir y data',
    two: 'Mae 2 osodiad yn y tag hwn yn annilys, felly defnyddir y rhagosodiad; dangosir y data',
    few: 'Mae 3 gosodiad yn y tag hwn yn annilys, felly defnyddir y rhagosodiad; dangosir y data',
    many: 'Mae 6 gosodiad yn y tag hwn yn annilys, felly defnyddir y rhagosodiad; dangosir y data',
    other: 'Mae {count} o osodiadau yn y tag hwn yn annilys, felly defnyddir y rhagosodiad; dangosir y data',
  },
  'problems.parts': {
    zero: 'Does dim rhannau annilys yn y data',
    one: 'Mae 1 rhan o’r data yn annilys, ac fe’i dangosir yn annilys neu fe’i gadewir allan; dangosir y gweddill',
    two: 'Mae 2 ran o’r data yn annilys, ac fe’u dangosir yn annilys neu fe’u gadewir allan; dangosir y gweddill',
    few: 'Mae 3 rhan o’r data yn annilys, ac fe’u dangosir yn annilys neu fe’u gadewir allan; dangosir y gweddill',
    many: 'Mae 6 rhan o’r data yn annilys, ac fe’u dangosir yn annilys neu fe’u gadewir allan; dangosir y gweddill',
    other:
      'Mae {count} o rannau o’r data yn annilys, ac fe’u dangosir yn annilys neu fe’u gadewir allan; dangosir y gweddill',
  },
  'problems.partsOrSettings': {
    zero: 'Does dim rhannau annilys yn y data na’i osodiadau',
    one: 'Mae 1 rhan o’r data neu ei osodiadau yn annilys: fe’i dangosir yn annilys, fe’i gadewir allan neu defnyddir y rhagosodiad; dangosir y gweddill',
    two: 'Mae 2 ran o’r data neu ei osodiadau yn annilys: fe’u dangosir yn annilys, fe’u gadewir allan neu defnyddir y rhagosodiad; dangosir y gweddill',
    few: 'Mae 3 rhan o’r data neu ei osodiadau yn annilys: fe’u dangosir yn annilys, fe’u gadewir allan neu defnyddir y rhagosodiad; dangosir y gweddill',
    many: 'Mae 6 rhan o’r data neu ei osodiadau yn annilys: fe’u dangosir yn annilys, fe’u gadewir allan neu defnyddir y rhagosodiad; dangosir y gweddill',
    other:
      'Mae {count} o rannau o’r data neu ei osodiadau yn annilys: fe’u dangosir yn annilys, fe’u gadewir allan neu defnyddir y rhagosodiad; dangosir y gweddill',
  },
  'problems.more': {
    zero: 'Dim problemau eraill',
    one: '1 broblem arall',
    two: '2 broblem arall',
    few: '3 problem arall',
    many: '6 phroblem arall',
    other: '{count} o broblemau eraill',
  },
  'problems.unlisted': {
    zero: 'Mae pob problem wedi’i rhestru yma',
    one: 'Nid yw 1 broblem arall wedi’i rhestru yma: trwsiwch y rhain yn gyntaf (mae pob problem yn y digwyddiad ik-error)',
    two: 'Nid yw 2 broblem arall wedi’u rhestru yma: trwsiwch y rhain yn gyntaf (mae pob problem yn y digwyddiad ik-error)',
    few: 'Nid yw 3 problem arall wedi’u rhestru yma: trwsiwch y rhain yn gyntaf (mae pob problem yn y digwyddiad ik-error)',
    many: 'Nid yw 6 phroblem arall wedi’u rhestru yma: trwsiwch y rhain yn gyntaf (mae pob problem yn y digwyddiad ik-error)',
    other:
      'Nid yw {count} o broblemau eraill wedi’u rhestru yma: trwsiwch y rhain yn gyntaf (mae pob problem yn y digwyddiad ik-error)',
  },
  'problems.retry': 'Rhoi cynnig arall arni',
  'spoken.loaded': 'Mae’r data wedi llwytho.',
  'spoken.notLoaded': 'Nid oedd modd llwytho’r data.',
  'spoken.notShown': {
    zero: 'Nid oedd modd dangos y data.',
    one: 'Nid oedd modd dangos y data: 1 broblem, wedi’i rhestru isod.',
    two: 'Nid oedd modd dangos y data: 2 broblem, wedi’u rhestru isod.',
    few: 'Nid oedd modd dangos y data: 3 problem, wedi’u rhestru isod.',
    many: 'Nid oedd modd dangos y data: 6 phroblem, wedi’u rhestru isod.',
    other: 'Nid oedd modd dangos y data: {count} o broblemau, wedi’u rhestru isod.',
  },
  'spoken.settings': {
    zero: 'Does dim gosodiadau annilys.',
    one: 'Mae 1 gosodiad yn annilys, wedi’i restru isod.',
    two: 'Mae 2 osodiad yn annilys, wedi’u rhestru isod.',
    few: 'Mae 3 gosodiad yn annilys, wedi’u rhestru isod.',
    many: 'Mae 6 gosodiad yn annilys, wedi’u rhestru isod.',
    other: 'Mae {count} o osodiadau yn annilys, wedi’u rhestru isod.',
  },
  'spoken.problems': {
    zero: 'Does dim problemau yn y data.',
    one: '1 broblem yn y data, wedi’i rhestru isod.',
    two: '2 broblem yn y data, wedi’u rhestru isod.',
    few: '3 problem yn y data, wedi’u rhestru isod.',
    many: '6 phroblem yn y data, wedi’u rhestru isod.',
    other: '{count} o broblemau yn y data, wedi’u rhestru isod.',
  },

  'download.summary': 'Lawrlwytho',
  'download.data': 'Lawrlwytho’r data ({type}{size})',
  'download.image': 'Lawrlwytho’r ddelwedd ({type}{size})',
  'download.copy': 'Copïo’r ddelwedd',
  'download.alt': 'Testun amgen y ddelwedd: {alt}',
  'download.copied': 'Mae’r ddelwedd wedi’i chopïo: gludwch hi yn eich dogfen.',
  'download.notCopied': 'Ni chaniataodd y porwr y copi: lawrlwythwch y PNG yn lle hynny.',

  'filter.show': 'Dangos:',
  'filter.all': 'Y cyfan',
  'filter.allCount': 'Y cyfan ({count})',
  'filter.item': '{word} ({count})',
  'shown.none': 'Yn dangos dim {nouns}',
  'shown.one': 'Yn dangos 1 {noun}',
  'shown.all': 'Yn dangos y cyfan: {count} {nouns}',
  'shown.some': {
    zero: 'Yn dangos {shown} o 0: {those} {which}',
    one: 'Yn dangos {shown} o 1: {those} {which}',
    two: 'Yn dangos {shown} o 2: {those} {which}',
    few: 'Yn dangos {shown} o 3: {those} {which}',
    many: 'Yn dangos {shown} o 6: {those} {which}',
    other: 'Yn dangos {shown} o {count}: {those} {which}',
  },
  'shown.those': 'y rhai',
  'shown.theOne': 'yr un',

  'table.source': 'Ffynhonnell: {source}',
  'table.note': 'Nodyn',
  'table.given': 'A roddwyd: {given}',
  'table.unsafeLink': 'Dolen heb ei dangos: {href}',
  'table.moreRows': {
    zero: 'Dim rhesi eraill',
    one: 'Sgroliwch am 1 rhes arall',
    two: 'Sgroliwch am 2 res arall',
    few: 'Sgroliwch am 3 rhes arall',
    many: 'Sgroliwch am 6 rhes arall',
    other: 'Sgroliwch am {count} o resi eraill',
  },
  'export.asOf': 'Ar {date}',
  'export.parent': 'Rhiant',
  'export.group': 'Grŵp',

  // RAG colours: the usual Welsh words for the colours (kit's own wording). Letters beside the mark: Glas
  // (blue) is "Gl" so that it is not Gwyrdd's (green) "G".
  'status.blue': 'Glas',
  'status.green': 'Gwyrdd',
  'status.amber': 'Ambr',
  'status.red': 'Coch',
  'status.grey': 'Llwyd',
  'status.blue.letter': 'Gl',
  'status.green.letter': 'G',
  'status.amber.letter': 'A',
  'status.red.letter': 'C',
  'status.grey.letter': '–',
  'status.blue.meaning': 'wedi’i gwblhau neu wedi rhagori',
  'status.green.meaning': 'ar y trywydd iawn neu wedi’i fodloni',
  'status.amber.meaning': 'mewn perygl',
  'status.red.meaning': 'oddi ar y trywydd neu’n wael',
  'status.grey.meaning': 'dim data neu heb ei asesu',

  // Ofsted publishes no Welsh: its terms are the kit's own wording, using CIW's and Estyn's words where the
  // English is the same.
  'grade.Outstanding': 'Rhagorol', // kit's own wording (Estyn's word for its top grade, 2010–2022)
  'grade.Good': 'Da', // CIW: https://www.arolygiaethgofal.cymru/graddau-ar-gyfer-cartrefi-gofal-gwasanaethau-cymorth-cartref-saith-mis-yn-ddiweddarach
  'grade.Adequate': 'Digonol', // kit's own wording (Estyn's "digonol", 2010–2017)
  'grade.Inadequate': 'Annigonol', // kit's own wording
  'grade.Requires improvement': 'Rhaid gwella', // CIW (page above)
  'grade.Exceptional': 'Eithriadol', // kit's own wording
  'grade.Strong standard': 'Safon gref', // kit's own wording
  'grade.Expected standard': 'Safon ddisgwyliedig', // kit's own wording
  'grade.Needs attention': 'Angen sylw', // kit's own wording
  'grade.Urgent improvement': 'Angen gwella ar frys', // kit's own wording
  'grade.Met': 'Wedi’i fodloni', // kit's own wording
  'grade.Not met': 'Heb ei fodloni', // kit's own wording
  'grade.Excellent': 'Rhagorol', // CIW (page above)
  'grade.Very good': 'Da iawn', // kit's own wording
  'grade.Weak': 'Gwan', // kit's own wording
  'grade.Unsatisfactory': 'Anfoddhaol', // kit's own wording (Estyn's "anfoddhaol", 2010–2017)
  'grade.Requires significant improvement': 'Rhaid gwella’n sylweddol', // CIW (page above)
  'grade.Satisfactory': 'Boddhaol', // kit's own wording
  'grade.Poor': 'Gwael', // kit's own wording
  'grade.Not rated': 'Heb ei raddio', // kit's own wording
  'scale.ofsted-4': 'graddfa 4 pwynt Ofsted',
  'scale.ofsted-ri': 'graddfa 4 pwynt Ofsted',
  'scale.ofsted-report-card': 'graddfa cardiau adrodd Ofsted',
  'scale.ofsted-safeguarding': 'dyfarniad diogelu Ofsted',
  'scale.care-inspectorate-6': 'graddfa chwe phwynt Arolygiaeth Gofal yr Alban',
  'scale.ciw': 'graddfa graddau Arolygiaeth Gofal Cymru', // AGC's own name: Arolygiaeth Gofal Cymru
  'scale.cqc-4': 'graddfa 4 pwynt CQC',
  'scale.progress-4': 'graddfa cynnydd',
  'scale.narrative': 'graddfa naratif',

  // "Dyfarniad" (judgement) as Estyn uses it.
  'grid.notJudged': 'Heb ei farnu',
  'grid.notValid': 'Annilys',
  'grid.corner': 'Maes',
  'grid.empty': 'Does dim dyfarniadau i’w dangos: does dim rhesi na cholofnau yn y data.',
  'grid.judgements': {
    zero: 'Dim dyfarniadau',
    one: '1 dyfarniad',
    two: '2 ddyfarniad',
    few: '3 dyfarniad',
    many: '6 dyfarniad',
    other: '{count} o ddyfarniadau',
  },
  'grid.inWordsKey': 'Mewn geiriau, heb radd',
  'grid.compareKey': 'Wedi gwella, wedi aros yr un fath neu wedi dirywio ers y golofn flaenorol',
  'grid.notComparable': 'Dim modd cymharu: newidiodd y graddio',
  'grid.improved': 'Wedi gwella o’r golofn flaenorol, {column}: {grade}',
  'grid.declined': 'Wedi dirywio o’r golofn flaenorol, {column}: {grade}',
  'grid.held': 'Yr un fath â’r golofn flaenorol, {column}',
  'grid.theScale': '{scale}',
  'grid.keyTo': 'Allwedd: {scales}',
  'grid.keyToJudgements': 'Allwedd y dyfarniadau',
  'grid.captionScales': 'Dyfarniadau: {scales}',
  'grid.captionWords': 'Dyfarniadau mewn geiriau, heb raddau',
  'grid.count': '{word}: {count}',
  'grid.inWords': 'mewn geiriau: {count}',
  'grid.notJudgedCount': 'heb eu barnu: {count}',
  'grid.notValidCount': 'annilys: {count}',
  'grid.judgementsInWords': {
    zero: 'Dim dyfarniadau mewn geiriau',
    one: '1 dyfarniad mewn geiriau',
    two: '2 ddyfarniad mewn geiriau',
    few: '3 dyfarniad mewn geiriau',
    many: '6 dyfarniad mewn geiriau',
    other: '{count} o ddyfarniadau mewn geiriau',
  },

  'rag.corner': 'Eitem',
  'rag.noEntry': 'Dim cofnod',
  'rag.notValid': 'Annilys',
  'rag.empty': 'Does dim eitemau i’w dangos: does dim rhesi na cholofnau yn y data.',
  'rag.caption': 'Statws pob eitem',
  'rag.allItems': 'Pob eitem',
  'rag.key': 'Allwedd y statwsau',
  'rag.filters': 'Dangos yr eitemau ag un statws yn unig',
  'rag.item': 'eitem',
  'rag.items': 'eitem',
  'rag.with.blue': 'â’r statws glas',
  'rag.with.green': 'â’r statws gwyrdd',
  'rag.with.amber': 'â’r statws ambr',
  'rag.with.red': 'â’r statws coch',
  'rag.with.grey': 'â’r statws llwyd',
  'rag.legend': '{word}: {meaning}',
  'rag.count': '{status}: {count}',
  'rag.noStatus': 'heb statws: {count}',
  'rag.itemCount': {
    zero: 'Dim eitemau',
    one: '1 eitem',
    two: '2 eitem',
    few: '3 eitem',
    many: '6 eitem',
    other: '{count} o eitemau',
  },
  'rag.byStatus': '{items} yn ôl y statws diweddaraf',
  'rag.byStatusShown': '{items} o {total} yn cael eu dangos, yn ôl y statws diweddaraf',
  'rag.notValidCount': 'annilys: {count}',
  'rag.noEntries': 'dim cofnodion',
  'rag.measure': '{value}; y targed: {target}',

  'action.overdue': 'Hwyr',
  'action.due soon': 'I’w wneud cyn bo hir',
  'action.done': 'Wedi’i wneud',
  'action.not yet due': 'Ddim yn ddyledus eto',
  'action.ongoing': 'Parhaus',
  'action.milestone': 'Carreg filltir',
  'action.no due date': 'Dim dyddiad cau',
  'timeline.days': {
    zero: '0 diwrnod',
    one: '1 diwrnod',
    two: '2 ddiwrnod',
    few: '3 diwrnod',
    many: '6 diwrnod',
    other: '{count} o ddiwrnodau',
  },
  'timeline.overdueBy': 'Hwyr: {days}',
  'timeline.dueToday': 'Dyledus heddiw',
  'timeline.dueSoonIn': 'I’w wneud cyn bo hir: ymhen {days}',
  'timeline.notYetDueIn': 'Ddim yn ddyledus eto: ymhen {days}',
  'timeline.doneOn': 'Wedi’i wneud: {date}',
  'timeline.doneLate': 'Wedi’i wneud: {date}, {days} yn hwyr',
  'timeline.doneOnTime': 'Wedi’i wneud: {date}, ar y dyddiad cau',
  'timeline.doneEarly': 'Wedi’i wneud: {date}, {days} yn gynnar',
  'timeline.fromPublication': '{date} (wedi’i gyfrif o’r cyhoeddi, gan nad yw’r data’n rhoi dyddiad arolygu)',
  'timeline.noEndDate': 'Dim dyddiad gorffen',
  'timeline.byNextInspection': 'Erbyn yr arolygiad nesaf',
  'timeline.milestonePassed': 'Carreg filltir, wedi mynd heibio',
  'timeline.milestoneToday': 'Carreg filltir, heddiw',
  'timeline.milestoneToCome': 'Carreg filltir, i ddod',
  'timeline.noDateNextInspection': 'Dim dyddiad: dyledus erbyn yr arolygiad nesaf',
  'timeline.milestones': 'Cerrig milltir',
  'timeline.noTheme': 'Dim thema',
  'timeline.noTimescale': 'Dim amserlen',
  'timeline.byDate': 'Erbyn dyddiad',
  'timeline.published': 'Cyhoeddwyd: {date}',
  'timeline.today': 'Heddiw: {date}',
  'timeline.asOfMarker': 'Ar: {date}',
  'timeline.asOf': 'Ar {date}',
  'timeline.asOfToday': 'Heddiw, {date}',
  'timeline.summary': '{when}: {counts}',
  'timeline.count.overdue': 'hwyr: {count}',
  'timeline.count.due soon': 'cyn bo hir: {count}',
  'timeline.count.done': 'wedi’u gwneud: {count}',
  'timeline.count.not yet due': 'ddim yn ddyledus eto: {count}',
  'timeline.count.ongoing': 'parhaus: {count}',
  'timeline.which.overdue': 'sy’n hwyr',
  'timeline.which.due soon': 'sydd i’w gwneud cyn bo hir',
  'timeline.which.done': 'sydd wedi’u gwneud',
  'timeline.which.not yet due': 'sydd ddim yn ddyledus eto',
  'timeline.which.ongoing': 'sy’n barhaus',
  'timeline.noActions': 'dim camau gweithredu â dyddiad cau',
  'timeline.noActionsLane': 'Dim camau gweithredu â dyddiad cau',
  'timeline.empty': 'Does dim camau gweithredu i’w dangos.',
  'timeline.position': '{index} o {count}',
  'timeline.due': 'Dyddiad cau: {date}',
  'timeline.dueTimescale': 'Dyddiad cau: {date} ({timescale})',
  'timeline.dueLabel': 'Dyddiad cau: {date}',
  'timeline.owner': 'Perchennog: {owner}',
  'timeline.filters': 'Dangos y camau gweithredu ag un statws yn unig',
  'timeline.action': 'cam gweithredu',
  'timeline.actions': 'cam gweithredu',
  'timeline.andMilestones': {
    zero: '{line}',
    one: '{line} ac 1 garreg filltir',
    two: '{line} a 2 garreg filltir',
    few: '{line} a 3 charreg filltir',
    many: '{line} a 6 charreg filltir',
    other: '{line}, a cherrig milltir: {count}',
  },
  'timeline.instructions':
    'Defnyddiwch y bysellau saeth i fyny ac i lawr i symud rhwng y camau gweithredu, Home ac End i fynd i’r cyntaf a’r olaf, ac Enter i ddewis un.',
  'timeline.more': '+{count} arall',
  'timeline.listLabel': 'Camau gweithredu yn nhrefn eu dyddiad cau',
  'timeline.chartNote': 'Mae’r siart yn marcio’r cam gweithredu rydych arno.',
  'timeline.exportColumns': 'Cam gweithredu|Statws|Dyddiad cau|Amserlen|Perchennog|Thema|Nodyn',

  // "a" / "ac" before a vowel; "neu" for or, before any word (kit's own; Intl.ListFormat('cy') writes "a(c)").
  'list.and': 'a',
  'list.andVowel': 'ac',
  'list.or': 'neu',
  'list.orVowel': 'neu',
  'list.inAll': '{count} i gyd',
};
