/**
 * Signs of a person's gender for pronoun resolution (她 / 他): titles that say it, and the
 * endings transliterated female given names and surnames use (玛丽娅, 安娜, 伊丽莎白, 季哈诺夫斯卡娅).
 * General conventions of Chinese transliteration, not names of anyone.
 */
export const FEMALE_TITLES: readonly string[] = ['女士', '夫人', '第一夫人', '女王', '王后', '公主', '修女', '小姐', '太太', '妻子', '母亲', '女儿', '姐姐', '妹妹', '女子', '女性', '妇女', '女孩']
export const MALE_TITLES: readonly string[] = ['先生', '国王', '王子', '丈夫', '父亲', '儿子', '哥哥', '弟弟', '男子', '男孩']

/** Last characters of a transliterated female name part. */
export const FEMALE_NAME_ENDINGS = '娅娜娃丝莎琳妮莉丽黛薇芙琪蕾婷媛姬'
