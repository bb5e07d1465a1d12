package io.lanmu.modularityfixture.stock;

public class Stock {

    public int available(String article) {
        return article.length();
    }
}
