import type { StoryStep } from './types';

/** The six sites of the report the story must reach (the two lakes count as one site). */
export const STORY_SITES = [
	'caojiashan-phase-3',
	'sunjialong-community',
	'binjiang-road',
	'gantang-lake',
	'nanmen-lake',
	'dazhong-road',
	'guoneng-coal-wharf'
] as const;

/**
 * The story, in reading order. Every quote is checked against the report by the tests (it
 * must appear verbatim in the paragraph it names), and every slug against geo/places.geojson.
 */
export const steps: StoryStep[] = [
	{
		id: 'inspection',
		title: '总书记考察的两处地方',
		theme: 'overview',
		places: ['yangtze-cultural-park', 'sinopec-jiujiang'],
		quotes: [
			{
				paragraph: 'p-2023-nian-shi-quan-mian',
				text: '去年10月10日，习近平总书记时隔四年再次考察江西，首站来到九江、亲临浔阳，考察了长江国家文化公园九江城区段和中国石化九江分公司。'
			}
		],
		notes: '开篇：2023年10月10日的考察，地图上是沿江的公园与石化厂区。'
	},
	{
		id: 'coal-wharf',
		title: '全省首座万吨级码头',
		theme: 'industry',
		places: ['guoneng-coal-wharf', 'guoneng-jiujiang-power'],
		quotes: [
			{
				paragraph: 'p-zhi-zhu-chan-ye-die-dai-sheng-ji',
				text: '全省首座万吨级码头国能九江发电煤码头落户浔阳并投入使用，打破我省港口建设新纪录。'
			}
		],
		figures: [{ text: '全省首座万吨级码头', place: 'guoneng-coal-wharf' }],
		notes: '码头位置按规则推算：电厂坐标最近的长江南岸点。'
	},
	{
		id: 'sunjialong',
		title: '孙家垄完整社区',
		theme: 'city',
		places: ['sunjialong-community'],
		quotes: [
			{
				paragraph: 'p-zhe-yi-nian-xun-yang-cheng-shi-geng',
				text: '孙家垄完整社区、中铁九桥老旧小区改造成为“美好家园范本”，入选省级城市更新项目优秀案例，实现了补齐短板、完善功能、美化环境和服务民生的有机统一。'
			}
		]
	},
	{
		id: 'binjiang-road',
		title: '滨江路的灯',
		theme: 'city',
		places: ['binjiang-road'],
		quotes: [
			{
				paragraph: 'p-bin-jiang-lu-xing-dao-shu-liang-hua',
				text: '滨江路行道树亮化工程成为新的恬静网红打卡地，得到长江两岸群众“点赞”。'
			}
		],
		notes: '滨江路按江岸线示意，亮化工程的具体路段没有公开资料。'
	},
	{
		id: 'caojiashan',
		title: '曹家山三期安置小区',
		theme: 'livelihood',
		places: ['caojiashan-phase-3'],
		quotes: [
			{
				paragraph: 'p-bin-jiang-lu-xing-dao-shu-liang-hua',
				text: '曹家山三期安置小区成为以人民为中心的典范，以居民的“安家梦”开启了新的“幸福梦”。'
			}
		]
	},
	{
		id: 'two-lakes',
		title: '两湖：甘棠湖与南门湖',
		theme: 'culture',
		places: ['gantang-lake', 'nanmen-lake'],
		quotes: [
			{
				paragraph: 'p-zhe-yi-nian-xun-yang-wen-lv-liang',
				text: '时隔22年，“两湖”新春焰火再次打响了全区加快发展的发令枪。'
			},
			{
				paragraph: 'p-ju-jiao-min-sheng-jiu-ye-gang-wei',
				text: '全力配合“两湖”综合治理工程快速推进，真真正正做到还湖于民。'
			}
		]
	},
	{
		id: 'dazhong-road',
		title: '大中路历史文化街区',
		theme: 'culture',
		places: ['dazhong-road'],
		quotes: [
			{
				paragraph: 'p-zhe-yi-nian-xun-yang-wen-lv-liang',
				text: '大中路历史文化街区一期改造提升项目、信华浪井商圈项目、792浔臻书屋等，旧貌焕新颜，将九江记忆和现代活力完美诠释。'
			},
			{
				paragraph: 'p-gao-pin-wei-jian-she-jing-pin',
				text: '投入1.2亿元启动大中路C地块项目建设，积极完善“两湖”周边功能性设施，进一步提升商业环境、补足配套功能，打造独具浔阳魅力的城市更新示范区。'
			}
		],
		figures: [{ text: '投入1.2亿元', place: 'dazhong-road' }]
	},
	{
		id: 'riverside',
		title: '沿江一园：锁江楼与浔阳楼',
		theme: 'culture',
		places: ['yangtze-cultural-park', 'suojiang-tower', 'xunyang-tower'],
		quotes: [
			{
				paragraph: 'p-zhe-yi-nian-xun-yang-wen-lv-liang',
				text: '庾亮南路历史文化街区、浔阳楼、锁江楼获评全省首批保护利用优秀案例，“浔阳”地名入选2023年省级地名文化遗产名单。'
			},
			{
				paragraph: 'p-ti-zhi-kuo-rong-te-se-chan-ye',
				text: '充分利用好长江国家文化公园、“两湖”等人气优势，持续将“玩转浔阳·潮游端午”等“浔阳喜市”系列活动打造成长江经济带有影响力的特色品牌。'
			}
		]
	},
	{
		id: 'plan-2024-renewal',
		title: '2024：城市更新',
		theme: 'city',
		places: ['binjiang-road', 'gantang-park'],
		quotes: [
			{
				paragraph: 'p-gao-pin-wei-jian-she-jing-pin',
				text: '投资4.9亿元，做好今年22个旧改项目，改造房屋建筑面积约145万平方米，惠及居民1.6万户。'
			},
			{
				paragraph: 'p-gao-pin-wei-jian-she-jing-pin',
				text: '全力做好滨江路二电厂小游园、九江石化第五生活区中央景观公园和甘棠公园品质提升改造项目。'
			}
		]
	},
	{
		id: 'plan-2024-culture',
		title: '2024：文旅地标',
		theme: 'culture',
		places: ['dazhong-road', 'yanshui-pavilion', 'gantang-park', 'gantang-lake', 'nanmen-lake'],
		quotes: [
			{
				paragraph: 'p-quan-mian-shi-shi-gong-jian-xing-dong',
				text: '实施文旅攻坚行动，聚焦大中路、烟水亭、甘棠公园等专属文化地标，全力打造“两湖”4A级景区，推进浔阳江景区争创5A级。'
			}
		]
	}
];
