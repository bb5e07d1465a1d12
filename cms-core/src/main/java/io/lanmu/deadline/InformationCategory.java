package io.lanmu.deadline;

/**
 * The kind of information an item carries, which sets how quickly it must be published. The
 * defaults are the department's rules; admins may change them ({@link CategoryPolicy}).
 */
public enum InformationCategory {
    /** 一般信息: published within 24 hours. */
    GENERAL(24),
    /** 重要信息: published within 12 hours. */
    IMPORTANT(12),
    /** 动态栏目更新: published within 24 hours. */
    DYNAMIC_COLUMN_UPDATE(24),
    /** 静态栏目更新: no fixed window (适时). */
    STATIC_COLUMN_UPDATE(null);

    private final Integer defaultWindowHours;

    InformationCategory(Integer defaultWindowHours) {
        this.defaultWindowHours = defaultWindowHours;
    }

    public Integer defaultWindowHours() {
        return defaultWindowHours;
    }
}
