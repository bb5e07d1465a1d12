package io.lanmu.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The column tree of a generated site: 52 columns up to four levels deep, modelled on a tax bureau's site, with one
 * hidden root (内部测试) whose items get no public document. Ids are 1..52 in this order, parents first.
 */
final class SiteColumns {

    /**
     * @param weight how many items the column gets relative to the others; roots get none
     */
    record SiteColumn(long id, Long parentId, String slug, String name, String path, boolean visible, int weight) {
    }

    // slug, parent slug, name, weight; a hidden root's subtree is hidden.
    private static final String[][] TABLE = {
        {"xwdt", null, "新闻动态", "0"},
        {"gzdt", "xwdt", "工作动态", "8"},
        {"qxdt", "gzdt", "区县动态", "3"},
        {"bjq", "qxdt", "滨江区", "3"},
        {"qcx", "qxdt", "青川县", "3"},
        {"dcq", "qxdt", "东城区", "3"},
        {"nsq", "qxdt", "南山区", "3"},
        {"bhq", "qxdt", "北湖区", "3"},
        {"tzgg", "xwdt", "通知公告", "8"},
        {"mtjj", "xwdt", "媒体聚焦", "4"},
        {"tpxw", "xwdt", "图片新闻", "2"},
        {"spxw", "xwdt", "视频新闻", "1"},
        {"zwgk", null, "政务公开", "0"},
        {"zcfg", "zwgk", "政策法规", "3"},
        {"sfxwj", "zcfg", "税务规范性文件", "4"},
        {"lhfw", "zcfg", "联合发文", "2"},
        {"zcjd", "zwgk", "政策解读", "3"},
        {"wzjd", "zcjd", "文字解读", "4"},
        {"tjjd", "zcjd", "图解政策", "2"},
        {"rsxx", "zwgk", "人事信息", "2"},
        {"czyjs", "zwgk", "财政预决算", "1"},
        {"bmys", "czyjs", "部门预算", "1"},
        {"bmjs", "czyjs", "部门决算", "1"},
        {"ghjh", "zwgk", "规划计划", "1"},
        {"tjsj", "zwgk", "统计数据", "2"},
        {"jytabl", "zwgk", "建议提案办理", "1"},
        {"gknb", "zwgk", "政府信息公开年报", "1"},
        {"nsfw", null, "纳税服务", "0"},
        {"bszn", "nsfw", "办税指南", "2"},
        {"grsds", "bszn", "个人所得税", "3"},
        {"zzs", "bszn", "增值税", "3"},
        {"qysds", "bszn", "企业所得税", "3"},
        {"shbxf", "bszn", "社会保险费", "2"},
        {"fp", "bszn", "发票", "3"},
        {"cjwt", "nsfw", "常见问题", "4"},
        {"bsrl", "nsfw", "办税日历", "1"},
        {"xzzx", "nsfw", "下载中心", "2"},
        {"nsxy", "nsfw", "纳税信用", "2"},
        {"hdjl", null, "互动交流", "0"},
        {"zxft", "hdjl", "在线访谈", "1"},
        {"myzj", "hdjl", "民意征集", "1"},
        {"rdhy", "hdjl", "热点回应", "2"},
        {"ztzl", null, "专题专栏", "0"},
        {"yshj", "ztzl", "优化营商环境", "2"},
        {"ssxcy", "ztzl", "税收宣传月", "2"},
        {"jsjf", "ztzl", "减税降费", "2"},
        {"sdfp", "ztzl", "数电发票推广", "2"},
        {"jggk", null, "机构概况", "0"},
        {"ldxx", "jggk", "领导信息", "1"},
        {"jgzn", "jggk", "机构职能", "1"},
        {"nbcs", null, "内部测试", "0"},
        {"csyl", "nbcs", "测试样例", "1"},
    };
    private static final String HIDDEN_ROOT = "nbcs";

    private final List<SiteColumn> columns;
    private final long[] weighted;

    SiteColumns() {
        Map<String, SiteColumn> bySlug = new HashMap<>();
        List<SiteColumn> all = new ArrayList<>();
        List<Long> draws = new ArrayList<>();
        for (String[] row : TABLE) {
            SiteColumn parent = row[1] == null ? null : bySlug.get(row[1]);
            boolean visible = !row[0].equals(HIDDEN_ROOT) && (parent == null || parent.visible());
            SiteColumn column = new SiteColumn(all.size() + 1, parent == null ? null : parent.id(), row[0], row[2],
                    (parent == null ? "" : parent.path()) + "/" + row[0], visible, Integer.parseInt(row[3]));
            bySlug.put(column.slug(), column);
            all.add(column);
            for (int i = 0; i < column.weight(); i++) {
                draws.add(column.id());
            }
        }
        this.columns = List.copyOf(all);
        this.weighted = draws.stream().mapToLong(Long::longValue).toArray();
    }

    List<SiteColumn> all() {
        return columns;
    }

    SiteColumn get(long id) {
        return columns.get((int) id - 1);
    }

    /** The ids of the column and its ancestors, root first, as search documents hold them. */
    List<Long> pathOf(long id) {
        List<Long> path = new ArrayList<>();
        for (Long step = id; step != null; step = get(step).parentId()) {
            path.addFirst(step);
        }
        return path;
    }

    /** A column for a new item, by weight. */
    long drawForItem(SplittableRandom random) {
        return weighted[random.nextInt(weighted.length)];
    }

    /** Visible columns with columns beneath them: what a visitor narrows a search to. */
    List<SiteColumn> visibleParents() {
        return columns.stream().filter(SiteColumn::visible)
                .filter(column -> columns.stream().anyMatch(child -> Long.valueOf(column.id()).equals(child.parentId())))
                .toList();
    }

    List<SiteColumn> visibleLeaves() {
        return columns.stream().filter(SiteColumn::visible).filter(column -> column.weight() > 0)
                .filter(column -> columns.stream().noneMatch(child -> Long.valueOf(column.id()).equals(child.parentId())))
                .toList();
    }
}
