# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, aboutDialog):
        if not aboutDialog.objectName():
            aboutDialog.setObjectName(u"aboutDialog")
        aboutDialog.resize(640, 460)
        self.mainLayout = QVBoxLayout(aboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.icon = QLabel(aboutDialog)
        self.icon.setObjectName(u"icon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.top.addWidget(self.icon)

        self.heading = QVBoxLayout()
        self.heading.setObjectName(u"heading")
        self.workshopTitle = QLabel(aboutDialog)
        self.workshopTitle.setObjectName(u"workshopTitle")
        self.workshopTitle.setText(u"Workshopst\u00f6d")

        self.heading.addWidget(self.workshopTitle)

        self.aboutVersion = QLabel(aboutDialog)
        self.aboutVersion.setObjectName(u"aboutVersion")

        self.heading.addWidget(self.aboutVersion)

        self.summary = QLabel(aboutDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.heading.addWidget(self.summary)


        self.top.addLayout(self.heading)

        self.top.setStretch(1, 1)

        self.mainLayout.addLayout(self.top)

        self.headingSpace = QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.mainLayout.addItem(self.headingSpace)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.methodSourceLabel = QLabel(aboutDialog)
        self.methodSourceLabel.setObjectName(u"methodSourceLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodSourceLabel)

        self.aboutMethodSource = QLabel(aboutDialog)
        self.aboutMethodSource.setObjectName(u"aboutMethodSource")
        self.aboutMethodSource.setTextFormat(Qt.TextFormat.PlainText)
        self.aboutMethodSource.setWordWrap(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.aboutMethodSource)

        self.packLabel = QLabel(aboutDialog)
        self.packLabel.setObjectName(u"packLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.packLabel)

        self.aboutMethodPack = QLabel(aboutDialog)
        self.aboutMethodPack.setObjectName(u"aboutMethodPack")
        self.aboutMethodPack.setTextFormat(Qt.TextFormat.PlainText)
        self.aboutMethodPack.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.aboutMethodPack)

        self.aboutSourceNote = QLabel(aboutDialog)
        self.aboutSourceNote.setObjectName(u"aboutSourceNote")
        self.aboutSourceNote.setTextFormat(Qt.TextFormat.PlainText)
        self.aboutSourceNote.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aboutSourceNote)

        self.licenceLabel = QLabel(aboutDialog)
        self.licenceLabel.setObjectName(u"licenceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.licenceLabel)

        self.aboutLicence = QLabel(aboutDialog)
        self.aboutLicence.setObjectName(u"aboutLicence")
        self.aboutLicence.setTextFormat(Qt.TextFormat.PlainText)
        self.aboutLicence.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.aboutLicence)

        self.dataDirLabel = QLabel(aboutDialog)
        self.dataDirLabel.setObjectName(u"dataDirLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dataDirLabel)

        self.aboutDataDir = QLabel(aboutDialog)
        self.aboutDataDir.setObjectName(u"aboutDataDir")
        self.aboutDataDir.setTextFormat(Qt.TextFormat.PlainText)
        self.aboutDataDir.setWordWrap(True)
        self.aboutDataDir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.aboutDataDir)

        self.storeLabel = QLabel(aboutDialog)
        self.storeLabel.setObjectName(u"storeLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.storeLabel)

        self.aboutStore = QLabel(aboutDialog)
        self.aboutStore.setObjectName(u"aboutStore")
        self.aboutStore.setTextFormat(Qt.TextFormat.PlainText)
        self.aboutStore.setWordWrap(True)
        self.aboutStore.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.aboutStore)

        self.runtimeLabel = QLabel(aboutDialog)
        self.runtimeLabel.setObjectName(u"runtimeLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.runtimeLabel)

        self.aboutRuntime = QLabel(aboutDialog)
        self.aboutRuntime.setObjectName(u"aboutRuntime")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.aboutRuntime)


        self.mainLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(aboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.methodSourceLabel.setBuddy(self.aboutMethodSource)
        self.packLabel.setBuddy(self.aboutMethodPack)
        self.licenceLabel.setBuddy(self.aboutLicence)
        self.dataDirLabel.setBuddy(self.aboutDataDir)
        self.storeLabel.setBuddy(self.aboutStore)
        self.runtimeLabel.setBuddy(self.aboutRuntime)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(aboutDialog)

        QMetaObject.connectSlotsByName(aboutDialog)
    # setupUi

    def retranslateUi(self, aboutDialog):
        aboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Workshopst\u00f6d", None))
        self.summary.setText(QCoreApplication.translate("AboutDialog", u"Guides a local working group through Br\u00e5's workshop on crime and insecurity linked to parallel social structures.", None))
        self.methodSourceLabel.setText(QCoreApplication.translate("AboutDialog", u"The method:", None))
        self.aboutMethodSource.setText(QCoreApplication.translate("AboutDialog", u"Br\u00e5 \u2013 Brottsf\u00f6rebyggande r\u00e5det (the Swedish National Council for Crime Prevention)", None))
        self.packLabel.setText(QCoreApplication.translate("AboutDialog", u"Method pack:", None))
        self.licenceLabel.setText(QCoreApplication.translate("AboutDialog", u"Licence:", None))
        self.dataDirLabel.setText(QCoreApplication.translate("AboutDialog", u"Data folder:", None))
        self.storeLabel.setText(QCoreApplication.translate("AboutDialog", u"Workshops stored in:", None))
        self.runtimeLabel.setText(QCoreApplication.translate("AboutDialog", u"Built with:", None))
    # retranslateUi

