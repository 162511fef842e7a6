/** Word lists for a fictional county (青山县, in the fictional 青岚市). Any likeness to real places is chance. */
export const PLACE_FIRST = [...'东西南北石柳桃龙梅清金松竹云凤花白红青杨'];
export const PLACE_SECOND = [...'岭河山坪桥溪源泉林水湾田塘岗峪冲'];
export const VILLAGE_FIRST = [...'上下前后大小新老高长黄李王张陈刘马沙枫杏'];
export const VILLAGE_SECOND = [
  '家庄',
  '家湾',
  '坪村',
  '溪村',
  '岭村',
  '塘村',
  '山村',
  '桥村',
  '冲村',
  '田村',
  '岗村',
  '林村',
];

export const AGENCIES = [
  '财政局',
  '发展和改革局',
  '民政局',
  '司法局',
  '人力资源和社会保障局',
  '自然资源局',
  '住房和城乡建设局',
  '交通运输局',
  '水利局',
  '农业农村局',
  '商务局',
  '文化和旅游局',
  '应急管理局',
  '审计局',
  '统计局',
  '医疗保障局',
  '市场监督管理局',
  '生态环境分局',
  '退役军人事务局',
  '林业局',
];
export const SOES = [
  '城市建设投资集团',
  '交通投资公司',
  '水务集团',
  '粮食储备公司',
  '旅游开发公司',
  '农业发展投资公司',
  '供销社',
];
export const FIRMS = ['茶叶', '竹木制品', '电子科技', '纺织', '食品', '机械制造', '新材料', '物流', '建材', '生态农业'];
export const FIRM_SUFFIX = ['有限公司', '股份有限公司', '专业合作社'];
export const SOCIAL_ORGS = [
  '个体劳动者协会',
  '律师协会',
  '物流行业协会',
  '志愿者协会',
  '养老服务中心',
  '社会工作服务中心',
  '慈善总会',
  '作家协会',
];

export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈',
];
export const GIVEN = [...'建国秀英磊军华明芳丽伟强敏静洋勇艳杰娟涛超平刚桂兰海燕志红玉梅春生文斌晓东立新德福'];

/** 设岗定责 posts for members without a fixed post. */
export const POSTS = [
  '政策宣传岗',
  '环境卫生监督岗',
  '矛盾纠纷调解岗',
  '关爱留守儿童岗',
  '平安巡逻岗',
  '文明新风倡导岗',
  '村务监督岗',
];
