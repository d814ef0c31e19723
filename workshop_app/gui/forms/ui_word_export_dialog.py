# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'word_export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_WordExportDialog(object):
    def setupUi(self, wordExportDialog):
        if not wordExportDialog.objectName():
            wordExportDialog.setObjectName(u"wordExportDialog")
        self.mainLayout = QVBoxLayout(wordExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.variants = QGroupBox(wordExportDialog)
        self.variants.setObjectName(u"variants")
        self.variantLayout = QVBoxLayout(self.variants)
        self.variantLayout.setObjectName(u"variantLayout")
        self.variantFull = QRadioButton(self.variants)
        self.variantFull.setObjectName(u"variantFull")
        self.variantFull.setChecked(True)

        self.variantLayout.addWidget(self.variantFull)

        self.variantShort = QRadioButton(self.variants)
        self.variantShort.setObjectName(u"variantShort")

        self.variantLayout.addWidget(self.variantShort)

        self.variantSituation = QRadioButton(self.variants)
        self.variantSituation.setObjectName(u"variantSituation")

        self.variantLayout.addWidget(self.variantSituation)

        self.variantActionPlan = QRadioButton(self.variants)
        self.variantActionPlan.setObjectName(u"variantActionPlan")

        self.variantLayout.addWidget(self.variantActionPlan)

        self.variantWorkbook = QRadioButton(self.variants)
        self.variantWorkbook.setObjectName(u"variantWorkbook")

        self.variantLayout.addWidget(self.variantWorkbook)


        self.mainLayout.addWidget(self.variants)

        self.record = QGroupBox(wordExportDialog)
        self.record.setObjectName(u"record")
        self.recordForm = QFormLayout(self.record)
        self.recordForm.setObjectName(u"recordForm")
        self.meetingLabel = QLabel(self.record)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.recordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.exportMeeting = QComboBox(self.record)
        self.exportMeeting.setObjectName(u"exportMeeting")

        self.recordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exportMeeting)

        self.registrationLabel = QLabel(self.record)
        self.registrationLabel.setObjectName(u"registrationLabel")

        self.recordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.registrationLabel)

        self.exportRegistrationNumber = QLineEdit(self.record)
        self.exportRegistrationNumber.setObjectName(u"exportRegistrationNumber")

        self.recordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.exportRegistrationNumber)

        self.classificationLabel = QLabel(self.record)
        self.classificationLabel.setObjectName(u"classificationLabel")

        self.recordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classificationLabel)

        self.exportClassification = QComboBox(self.record)
        self.exportClassification.setObjectName(u"exportClassification")
        self.exportClassification.setEditable(True)

        self.recordForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.exportClassification)

        self.exportRolesOnly = QCheckBox(self.record)
        self.exportRolesOnly.setObjectName(u"exportRolesOnly")

        self.recordForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.exportRolesOnly)


        self.mainLayout.addWidget(self.record)

        self.pathLabel = QLabel(wordExportDialog)
        self.pathLabel.setObjectName(u"pathLabel")

        self.mainLayout.addWidget(self.pathLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.exportPath = QLineEdit(wordExportDialog)
        self.exportPath.setObjectName(u"exportPath")

        self.pathRow.addWidget(self.exportPath)

        self.browse = QPushButton(wordExportDialog)
        self.browse.setObjectName(u"browse")

        self.pathRow.addWidget(self.browse)

        self.pathRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.pathRow)

        self.hint = QLabel(wordExportDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(wordExportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.exportMeeting)
        self.registrationLabel.setBuddy(self.exportRegistrationNumber)
        self.classificationLabel.setBuddy(self.exportClassification)
        self.pathLabel.setBuddy(self.exportPath)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(wordExportDialog)

        QMetaObject.connectSlotsByName(wordExportDialog)
    # setupUi

    def retranslateUi(self, wordExportDialog):
        wordExportDialog.setWindowTitle(QCoreApplication.translate("WordExportDialog", u"Export documents", None))
        self.variants.setTitle(QCoreApplication.translate("WordExportDialog", u"Document", None))
        self.variantFull.setText(QCoreApplication.translate("WordExportDialog", u"Minutes, &full \u2013 every step, the information matrix, glossary", None))
        self.variantShort.setText(QCoreApplication.translate("WordExportDialog", u"Minutes, &short \u2013 summary, prioritised problems, next steps", None))
        self.variantSituation.setText(QCoreApplication.translate("WordExportDialog", u"Basis for the &situation report (l\u00e4gesbild) \u2013 observations, gaps, analysis", None))
        self.variantActionPlan.setText(QCoreApplication.translate("WordExportDialog", u"&Action plan (\u00e5tg\u00e4rdsplan) \u2013 measures, lead, schedule, for the steering group", None))
        self.variantWorkbook.setText(QCoreApplication.translate("WordExportDialog", u"E&xcel workbook \u2013 action plan, information and partner matrices", None))
        self.record.setTitle(QCoreApplication.translate("WordExportDialog", u"For the record (not saved in the workshop)", None))
        self.meetingLabel.setText(QCoreApplication.translate("WordExportDialog", u"&Meeting recorded:", None))
        self.registrationLabel.setText(QCoreApplication.translate("WordExportDialog", u"Registration &number (diarienummer):", None))
        self.exportRegistrationNumber.setPlaceholderText(QCoreApplication.translate("WordExportDialog", u"e.g. KS 2026/123", None))
        self.classificationLabel.setText(QCoreApplication.translate("WordExportDialog", u"&Classification line:", None))
        self.exportRolesOnly.setText(QCoreApplication.translate("WordExportDialog", u"&Roles only \u2013 no names of participants", None))
        self.pathLabel.setText(QCoreApplication.translate("WordExportDialog", u"Save &as:", None))
#if QT_CONFIG(accessibility)
        self.exportPath.setAccessibleName(QCoreApplication.translate("WordExportDialog", u"File to save", None))
#endif // QT_CONFIG(accessibility)
        self.browse.setText(QCoreApplication.translate("WordExportDialog", u"&Browse\u2026", None))
        self.hint.setText(QCoreApplication.translate("WordExportDialog", u"Minutes kept by the municipality or the police are normally public documents that anyone may ask for. Check that they describe places and events, not individuals.", None))
    # retranslateUi

