package io.lanmu.modularityfixture.stock.internal;

public class Ledger {

    public void book(String article, int quantity) {
    }
}
